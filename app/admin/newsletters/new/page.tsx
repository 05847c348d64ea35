import type { Metadata } from "next";
import Link from "next/link";
import { AdminsOnly } from "@/components/admin/admins-only";
import { NewsletterComposer } from "@/app/admin/newsletters/new/newsletter-composer";
import { PlaceholderHelp } from "@/components/admin/placeholder-help";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { findPriceFacts } from "@/lib/campaign/queries";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { countConfirmedSubscribers } from "@/lib/newsletter/admin-subscribers";
import { COMPOSE_PAGE, draftIdOf, findDraft } from "@/lib/newsletter/drafts";
import { newSendToken } from "@/lib/newsletter/send-to-subscribers";
import { formatLondonDateTime, LONDON_TIME } from "@/lib/format/london-time";

export const metadata: Metadata = { title: "Write an update" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewNewsletter({ searchParams }: Props) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) {
    return <AdminsOnly reason="Only admins can send updates to the mailing list." />;
  }
  // The answer a form posted without script left here (?answer=), and the draft kept by a test
  // send (?draft=, or the answer's).
  const query = await searchParams;
  const answer = await keptAnswerFor(db, query.answer, { staffId: staff.id, page: COMPOSE_PAGE });
  const [confirmed, facts, draft] = await Promise.all([
    countConfirmedSubscribers(db),
    findPriceFacts(db),
    findDraft(db, draftIdOf(query.draft) ?? draftIdOf(answer?.values?.draft)),
  ]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/newsletters" className="underline underline-offset-2 hover:text-ember-dark">
          ← Newsletters
        </Link>
      </p>
      <h1 className="text-4xl font-semibold">Write an update</h1>
      <p className="max-w-prose text-ink-soft">
        Keep it short and concrete: what the appeal has done since the last update, and the one thing that would help most now.
      </p>
      <PlaceholderHelp facts={facts} />
      {draft ? (
        <p className="text-ink-soft">
          A draft, saved <time dateTime={draft.updatedAt.toISOString()}>{formatLondonDateTime(draft.updatedAt)}</time> ({LONDON_TIME}).
        </p>
      ) : null}
      <NewsletterComposer
        token={newSendToken()}
        confirmedCount={confirmed}
        staffEmail={staff.email}
        draft={draft ? { id: draft.id, subject: draft.subject, body: draft.body } : null}
        answer={answer}
      />
    </div>
  );
}
