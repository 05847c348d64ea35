import type { Metadata } from "next";
import { ConfirmDriveForm } from "@/app/(site)/coat-drives/confirm/confirm-form";
import type { ConfirmDriveOutcome } from "@/lib/coat-drives/confirm-drive";
import { keptOutcome } from "@/lib/forms/answer-without-script";

// Rendered in full before anything is sent: its form must work with JavaScript switched off.
export const instant = false;

export const metadata: Metadata = { title: "Confirm your coat drive", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function ConfirmDrivePage({ searchParams }: Props) {
  return (
    <div className="container-page max-w-3xl py-16">
      <Confirm searchParams={searchParams} />
    </div>
  );
}

async function Confirm({ searchParams }: Props) {
  const { token } = await searchParams;
  // A confirmation posted without script comes back here with its answer (the token is spent).
  const answer = await keptOutcome<ConfirmDriveOutcome>("coat-drive-confirm", ["confirmed", "expired", "invalid"]);
  return <ConfirmDriveForm token={typeof token === "string" ? token : ""} answer={answer} />;
}
