import type { Metadata } from "next";
import Link from "next/link";
import { InKindForm } from "@/app/admin/appeal/in-kind/in-kind-form";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { Pagination } from "@/components/pagination";
import { requireStaff } from "@/lib/auth/current-staff";
import { listInKindDeliveries } from "@/lib/campaign/list-in-kind-deliveries";
import { APPEAL_PAGES } from "@/lib/campaign/appeal-form-schemas";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { formatUkDate, isoDate } from "@/lib/format/date";
import { formatCount } from "@/lib/format/money";

export const metadata: Metadata = { title: "Coats received in kind" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const coatsText = (n: number) => `${formatCount(n)} ${n === 1 ? "coat" : "coats"}`;

export default async function InKindPage({ searchParams }: Props) {
  const staff = await requireStaff();
  const params = await searchParams;
  const page = Math.min(100_000, Math.max(1, Number(typeof params.page === "string" ? params.page : 1) || 1));
  const removed = typeof params.removed === "string" && /^\d{1,5}$/.test(params.removed) ? Number(params.removed) : null;
  // A post without script comes back here with its answer kept (lib/forms/kept-answers.ts): a
  // delivery recorded or refused (with everything typed), or a removal that found nothing to remove.
  const [campaign, points, list, answer] = await Promise.all([
    db.campaign.findFirst({ select: { coatsReceivedInKind: true }, orderBy: { createdAt: "desc" } }),
    db.donationPoint.findMany({ select: { id: true, name: true, status: true }, orderBy: { name: "asc" } }),
    listInKindDeliveries(db, page),
    keptAnswerFor(db, params.answer, { staffId: staff.id, page: APPEAL_PAGES.inKind }),
  ]);
  const removal = answer?.values?.confirm !== undefined;
  return (
    <div className="space-y-8">
      <SectionHeader title="Coats received in kind">
        <p>
          Coats people hand in count toward the goal just like coats bought. Record each delivery as it arrives; the home page’s progress moves at once.
          {campaign ? (
            <>
              {" "}
              So far: <strong className="text-ink">{coatsText(campaign.coatsReceivedInKind)}</strong>.
            </>
          ) : null}
        </p>
      </SectionHeader>
      {removal && answer?.message ? (
        <p role="alert" className="rounded-2xl bg-white p-4 font-semibold text-ember-dark ring-1 ring-ember">
          {answer.message}
        </p>
      ) : null}
      {removed !== null ? (
        <p role="status" className="rounded-2xl bg-pine-light p-4 font-semibold text-pine ring-1 ring-pine/30">
          Removed: {coatsText(removed)} taken off the count.
        </p>
      ) : null}
      <div className="grid items-start gap-10 lg:grid-cols-[2fr_3fr]">
        <InKindForm
          answer={removal ? undefined : answer}
          today={isoDate(new Date())}
          points={points.map((p) => ({ id: p.id, name: p.status === "CLOSED" ? `${p.name} (closed)` : p.name }))}
        />
        <section aria-labelledby="deliveries" className="space-y-4">
          <h2 id="deliveries" className="text-2xl font-semibold">
            Recorded deliveries
          </h2>
          {list.rows.length ? (
            <ul className="divide-y divide-ink/10 rounded-3xl bg-white ring-1 ring-ink/10">
              {list.rows.map((d) => (
                <li key={d.id} className="flex flex-wrap items-start justify-between gap-3 p-5">
                  <div className="space-y-1">
                    <p>
                      <strong>{coatsText(d.coats)}</strong> on <time dateTime={d.receivedOn.toISOString().slice(0, 10)}>{formatUkDate(d.receivedOn)}</time>
                      {d.donationPoint ? <> at {d.donationPoint.name}</> : null}
                    </p>
                    {d.note ? <p className="whitespace-pre-line text-ink-soft">{d.note}</p> : null}
                    <p className="text-sm text-ink-muted">
                      Recorded by {d.recordedBy ?? "a former member of staff"} on {formatUkDate(d.createdAt)}
                    </p>
                  </div>
                  <Link
                    href={`/admin/appeal/in-kind/${d.id}/remove`}
                    aria-label={`Remove: ${coatsText(d.coats)} on ${formatUkDate(d.receivedOn)}`}
                    className="font-semibold"
                  >
                    Remove
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-ink-soft">{page > 1 ? "No deliveries on this page." : "No deliveries recorded here yet."}</p>
          )}
          <Pagination page={Math.min(page, list.totalPages)} totalPages={list.totalPages} href={(p) => `/admin/appeal/in-kind?page=${p}`} />
        </section>
      </div>
    </div>
  );
}
