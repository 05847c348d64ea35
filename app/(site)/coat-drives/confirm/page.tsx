import type { Metadata } from "next";
import { ConfirmDriveForm } from "@/app/(site)/coat-drives/confirm/confirm-form";
import type { ConfirmDriveOutcome } from "@/lib/coat-drives/confirm-drive";
import { OnePressPage, type SearchParams } from "@/components/forms/one-press-page";

// Rendered in full before anything is sent: its form must work with JavaScript switched off.
export const instant = false;

export const metadata: Metadata = { title: "Confirm your coat drive", robots: { index: false } };

export default function ConfirmDrivePage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <OnePressPage
      searchParams={searchParams}
      answerName="coat-drive-confirm"
      outcomes={["confirmed", "expired", "invalid"] satisfies ConfirmDriveOutcome[]}
      form={(param, answer) => <ConfirmDriveForm token={param("token")} answer={answer} />}
    />
  );
}
