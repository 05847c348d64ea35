import type { Metadata } from "next";
import { StopEmailsForm } from "@/app/(site)/coat-drives/stop-emails/stop-emails-form";
import type { StopEmailsOutcome } from "@/app/(site)/coat-drives/organiser-actions";
import { OnePressPage, type SearchParams } from "@/components/forms/one-press-page";

// Rendered in full before anything is sent: its form must work with JavaScript switched off.
export const instant = false;

export const metadata: Metadata = { title: "Stop emails about your coat drive", robots: { index: false } };

export default function StopEmailsPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <OnePressPage
      searchParams={searchParams}
      answerName="coat-drive-stop-emails"
      outcomes={["stopped"] satisfies StopEmailsOutcome[]}
      form={(param, answer) => <StopEmailsForm driveId={param("d")} token={param("t")} answer={answer} />}
    />
  );
}
