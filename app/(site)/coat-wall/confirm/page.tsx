import type { Metadata } from "next";
import { ConfirmPhotoForm } from "@/app/(site)/coat-wall/confirm/confirm-form";
import type { ConfirmPhotoOutcome } from "@/lib/coat-wall/confirm-photo";
import { OnePressPage, type SearchParams } from "@/components/forms/one-press-page";

// Rendered in full before anything is sent: its form must work with JavaScript switched off.
export const instant = false;

export const metadata: Metadata = { title: "Confirm your photo", robots: { index: false } };

export default function ConfirmPhotoPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <OnePressPage
      searchParams={searchParams}
      answerName="coat-wall-confirm"
      outcomes={["confirmed", "expired", "invalid"] satisfies ConfirmPhotoOutcome[]}
      form={(param, answer) => <ConfirmPhotoForm token={param("token")} answer={answer} />}
    />
  );
}
