import type { Metadata } from "next";
import { ConfirmPhotoForm } from "@/app/(site)/coat-wall/confirm/confirm-form";
import type { ConfirmPhotoOutcome } from "@/lib/coat-wall/confirm-photo";
import { keptOutcome } from "@/lib/forms/answer-without-script";

// Rendered in full before anything is sent: its form must work with JavaScript switched off.
export const instant = false;

export const metadata: Metadata = { title: "Confirm your photo", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function ConfirmPhotoPage({ searchParams }: Props) {
  return (
    <div className="container-page max-w-3xl py-16">
      <Confirm searchParams={searchParams} />
    </div>
  );
}

async function Confirm({ searchParams }: Props) {
  const { token } = await searchParams;
  // A confirmation posted without script comes back here with its answer (the token is spent).
  const answer = await keptOutcome<ConfirmPhotoOutcome>("coat-wall-confirm", ["confirmed", "expired", "invalid"]);
  return <ConfirmPhotoForm token={typeof token === "string" ? token : ""} answer={answer} />;
}
