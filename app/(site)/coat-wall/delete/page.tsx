import type { Metadata } from "next";
import { DeletePhotoForm } from "@/app/(site)/coat-wall/delete/delete-form";
import type { DeleteOutcome } from "@/app/(site)/coat-wall/actions";
import { OnePressPage, type SearchParams } from "@/components/forms/one-press-page";

// Rendered in full before anything is sent: its form must work with JavaScript switched off.
export const instant = false;

export const metadata: Metadata = { title: "Delete your photo", robots: { index: false } };

export default function DeletePhotoPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <OnePressPage
      searchParams={searchParams}
      answerName="coat-wall-delete"
      outcomes={["deleted", "invalid"] satisfies DeleteOutcome[]}
      form={(param, answer) => <DeletePhotoForm token={param("token")} answer={answer} />}
    />
  );
}
