import Link from "next/link";
import { ResolveProblemForm } from "@/app/admin/donations/problems/resolve-problem-form";
import { LondonTime } from "@/components/admin/london-time";
import type { FormState } from "@/lib/forms/form-state";

export type ProblemRow = {
  id: string;
  stripeEventId: string;
  eventType: string;
  donationId: string | null;
  kinds: string;
  expected: string;
  received: string;
  occurredAt: Date;
  resolvedAt: Date | null;
  resolvedNote: string | null;
};

const kindLabels: Record<string, string> = { amount: "Amount", currency: "Currency", livemode: "Test or live", session: "Checkout session" };
const describeKinds = (kinds: string) =>
  kinds
    .split(",")
    .map((k) => kindLabels[k] ?? k)
    .join(", ");

/**
 * Payment problems, each with what the donation expected and what Stripe said. `showDonation`:
 * the list is the problems page's (each links to its donation), not a donation's own page.
 * `answer`: the page's kept answer to a post without script.
 */
export function PaymentProblemList({ problems, showDonation, answer }: { problems: ProblemRow[]; showDonation: boolean; answer?: FormState }) {
  return (
    <ul className="space-y-4">
      {problems.map((p) => (
        <li key={p.id} className="rounded-2xl bg-white p-4 ring-1 ring-ink/10">
          <p className="font-semibold">
            {describeKinds(p.kinds)} did not match · {p.eventType} · <LondonTime date={p.occurredAt} format="seconds" />
          </p>
          <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">Donation expected</dt>
            <dd className="break-words text-ink-soft">{p.expected}</dd>
            <dt className="font-semibold">Stripe sent</dt>
            <dd className="break-words text-ink-soft">{p.received}</dd>
            <dt className="font-semibold">Event</dt>
            <dd className="break-words">
              <code className="text-sm">{p.stripeEventId}</code>
            </dd>
            {showDonation ? (
              <>
                <dt className="font-semibold">Donation</dt>
                <dd>{p.donationId ? <Link href={`/admin/donations/${p.donationId}`}>Open the donation</Link> : "None of ours"}</dd>
              </>
            ) : null}
          </dl>
          {p.resolvedAt ? (
            <p className="mt-2 text-ink-soft">
              Resolved <LondonTime date={p.resolvedAt} format="seconds" />
              {p.resolvedNote ? `: ${p.resolvedNote}` : ""}
            </p>
          ) : (
            <ResolveProblemForm id={p.id} donationId={p.donationId} shownOn={showDonation ? "problems" : "donation"} answer={answer} />
          )}
        </li>
      ))}
    </ul>
  );
}
