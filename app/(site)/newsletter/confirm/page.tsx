import type { Metadata } from "next";
import { ConfirmForm } from "@/app/(site)/newsletter/confirm/confirm-form";
import type { ConfirmOutcome } from "@/lib/newsletter/confirm-subscription";
import { OnePressPage, type SearchParams } from "@/components/forms/one-press-page";

// Rendered in full before anything is sent: its form must work with JavaScript switched off.
export const instant = false;

export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false } };

export default function ConfirmPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <OnePressPage
      searchParams={searchParams}
      answerName="confirm"
      outcomes={["confirmed", "expired", "invalid"] satisfies ConfirmOutcome[]}
      form={(param, answer) => <ConfirmForm token={param("token")} answer={answer} />}
    />
  );
}
