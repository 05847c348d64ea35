import type { Metadata } from "next";
import { DeletePhotoForm } from "@/app/(site)/coat-wall/delete/delete-form";
import type { DeleteOutcome } from "@/app/(site)/coat-wall/actions";
import { keptOutcome } from "@/lib/forms/answer-without-script";

// Rendered in full before anything is sent: its form must work with JavaScript switched off.
export const instant = false;

export const metadata: Metadata = { title: "Delete your photo", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function DeletePhotoPage({ searchParams }: Props) {
  return (
    <div className="container-page max-w-3xl py-16">
      <Delete searchParams={searchParams} />
    </div>
  );
}

async function Delete({ searchParams }: Props) {
  const { token } = await searchParams;
  const answer = await keptOutcome<DeleteOutcome>("coat-wall-delete", ["deleted", "invalid"]);
  return <DeletePhotoForm token={typeof token === "string" ? token : ""} answer={answer} />;
}
