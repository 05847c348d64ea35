import type { Metadata } from "next";
import { ConfirmForm } from "@/app/(site)/newsletter/confirm/confirm-form";
import { keptOutcome } from "@/lib/forms/answer-without-script";
import type { ConfirmOutcome } from "@/lib/newsletter/confirm-subscription";

// Rendered in full before anything is sent (no streaming behind <Suspense>): its form must work
// with JavaScript switched off, and streamed content is only revealed by script.
export const instant = false;

export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function ConfirmPage({ searchParams }: Props) {
  return (
    <div className="container-page max-w-3xl py-16">
      <Confirm searchParams={searchParams} />
    </div>
  );
}

async function Confirm({ searchParams }: Props) {
  const { token } = await searchParams;
  // A confirmation posted without script comes back here with its answer (the token is spent).
  const answer = await keptOutcome<ConfirmOutcome>("confirm", ["confirmed", "expired", "invalid"]);
  return <ConfirmForm token={typeof token === "string" ? token : ""} answer={answer} />;
}
