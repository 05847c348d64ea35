import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { type Outcome, UnsubscribeForm } from "@/app/(site)/newsletter/unsubscribe/unsubscribe-form";
import { db } from "@/lib/db";
import { keptOutcome } from "@/lib/forms/answer-without-script";
import { SubscriberStatus } from "@/lib/generated/prisma/enums";
import { subscriberForLink } from "@/lib/newsletter/unsubscribe";

// Rendered in full before anything is sent (no streaming behind <Suspense>): its form must work
// with JavaScript switched off, and streamed content is only revealed by script.
export const instant = false;

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function UnsubscribePage({ searchParams }: Props) {
  return (
    <div className="container-page max-w-3xl py-16">
      <Unsubscribe searchParams={searchParams} />
    </div>
  );
}

async function Unsubscribe({ searchParams }: Props) {
  const { s, t } = await searchParams;
  const subscriberId = typeof s === "string" ? s : "";
  const token = typeof t === "string" ? t : "";
  // The link's token is checked here, beside the data: no token, no address shown.
  const subscriber = subscriberId && token ? await subscriberForLink(db, subscriberId, token) : null;
  if (!subscriber) {
    return (
      <div role="alert">
        <h1 className="text-4xl font-semibold">This unsubscribe link can’t be used</h1>
        <p className="mt-4 text-lg text-ink-soft">
          It may have been copied incompletely. Use the link at the bottom of any email from us, or write to us and we’ll take you off the list.
        </p>
        <SiteLink href="/" className="btn-primary mt-6">
          Back to the appeal
        </SiteLink>
      </div>
    );
  }
  // A post without script comes back to this link with its answer (the actions' answerForm).
  const [unsubscribe, resubscribe] = await Promise.all([keptOutcome("unsubscribe", outcomes), keptOutcome("resubscribe", outcomes)]);
  return (
    <UnsubscribeForm
      subscriberId={subscriber.id}
      token={token}
      email={subscriber.email}
      alreadyUnsubscribed={subscriber.status === SubscriberStatus.UNSUBSCRIBED}
      answers={{ unsubscribe, resubscribe }}
    />
  );
}

const outcomes: readonly Outcome[] = ["unsubscribed", "resubscribed", "invalid"];
