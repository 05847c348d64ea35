import type { Metadata } from "next";
import { StopEmailsForm } from "@/app/(site)/coat-drives/stop-emails/stop-emails-form";
import type { StopEmailsOutcome } from "@/app/(site)/coat-drives/organiser-actions";
import { keptOutcome } from "@/lib/forms/answer-without-script";

// Rendered in full before anything is sent: its form must work with JavaScript switched off.
export const instant = false;

export const metadata: Metadata = { title: "Stop emails about your coat drive", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function StopEmailsPage({ searchParams }: Props) {
  return (
    <div className="container-page max-w-3xl py-16">
      <Stop searchParams={searchParams} />
    </div>
  );
}

async function Stop({ searchParams }: Props) {
  const { d, t } = await searchParams;
  const answer = await keptOutcome<StopEmailsOutcome>("coat-drive-stop-emails", ["stopped"]);
  return <StopEmailsForm driveId={typeof d === "string" ? d : ""} token={typeof t === "string" ? t : ""} answer={answer} />;
}
