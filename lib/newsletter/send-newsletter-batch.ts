import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { DeliveryStatus, NewsletterStatus, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { alreadyAccepted, type EmailTransport, type OutgoingEmail } from "@/lib/email/message";
import { withBackoff, type BackoffOptions } from "@/lib/email/with-backoff";

export type RenderNewsletter = (newsletter: { id: string; subject: string; body: string }, subscriber: { id: string; email: string }) => Promise<OutgoingEmail>;

/**
 * Sends one batch of a newsletter, exactly once per recipient even across crashes:
 *  1. Recipients still PENDING whose subscription is still confirmed are claimed: marked SENDING
 *     under an attempt key derived from exactly who is in the attempt (unsubscribed ones are
 *     marked SKIPPED).
 *  2. The claimed recipients go to the provider in one batch request under that key.
 *  3. They are marked SENT.
 * A crash after 2 leaves them SENDING: the retry sends the same request under the same key,
 * which the provider recognises and does not deliver again. Retryable failures back off, then
 * throw so the queue retries the job later.
 */
export async function sendNewsletterBatch(
  db: Db,
  transport: EmailTransport,
  render: RenderNewsletter,
  job: { newsletterId: string; batch: number },
  options: { backoff?: BackoffOptions; now?: () => Date } = {},
): Promise<{ sent: number; skipped: number }> {
  const now = options.now ?? (() => new Date());
  const newsletter = await db.newsletter.findUnique({ where: { id: job.newsletterId }, select: { id: true, subject: true, body: true } });
  if (!newsletter) return { sent: 0, skipped: 0 };

  const attempt = await db.$transaction(async (tx) => {
    // A recorded attempt that did not finish is replayed as it was.
    const inFlight = await tx.newsletterDelivery.findMany({
      where: { newsletterId: job.newsletterId, batch: job.batch, status: DeliveryStatus.SENDING },
      select: { id: true, attemptKey: true, subscriber: { select: { id: true, email: true } } },
      orderBy: { id: "asc" },
    });
    if (inFlight.length) return { key: inFlight[0]?.attemptKey ?? "", deliveries: inFlight, skipped: 0 };

    const skipped = await tx.newsletterDelivery.updateMany({
      // Unsubscribed, or bounced or complained since the send started (lib/newsletter/email-events.ts).
      where: {
        newsletterId: job.newsletterId,
        batch: job.batch,
        status: DeliveryStatus.PENDING,
        subscriber: { OR: [{ status: { not: SubscriberStatus.CONFIRMED } }, { suppressedAt: { not: null } }] },
      },
      data: { status: DeliveryStatus.SKIPPED },
    });
    const pending = await tx.newsletterDelivery.findMany({
      where: { newsletterId: job.newsletterId, batch: job.batch, status: DeliveryStatus.PENDING },
      select: { id: true, subscriber: { select: { id: true, email: true } } },
      orderBy: { id: "asc" },
    });
    if (!pending.length) return { key: "", deliveries: [], skipped: skipped.count };
    const digest = crypto
      .createHash("sha256")
      .update(pending.map((d) => d.id).join(","))
      .digest("hex")
      .slice(0, 16);
    const key = `newsletter/${job.newsletterId}/batch/${job.batch}/${digest}`;
    await tx.newsletterDelivery.updateMany({
      where: { id: { in: pending.map((d) => d.id) } },
      data: { status: DeliveryStatus.SENDING, attemptKey: key },
    });
    return { key, deliveries: pending, skipped: skipped.count };
  });

  if (attempt.deliveries.length) {
    const emails = await Promise.all(attempt.deliveries.map((d) => render(newsletter, d.subscriber)));
    let ids: (string | undefined)[];
    try {
      ({ ids } = await withBackoff(() => transport.sendBatch(emails, attempt.key), options.backoff));
    } catch (error) {
      // The provider already accepted this attempt (we crashed before recording it, and what it
      // renders has changed since): it was delivered, so it is done.
      if (!alreadyAccepted(error)) throw error;
      ids = [];
    }
    await db.$transaction(
      attempt.deliveries.map((d, i) =>
        db.newsletterDelivery.update({ where: { id: d.id }, data: { status: DeliveryStatus.SENT, sentAt: now(), providerId: ids[i] ?? null } }),
      ),
    );
  }

  const unfinished = await db.newsletterDelivery.count({
    where: { newsletterId: job.newsletterId, status: { in: [DeliveryStatus.PENDING, DeliveryStatus.SENDING] } },
  });
  if (unfinished === 0) {
    await db.newsletter.updateMany({
      where: { id: job.newsletterId, status: NewsletterStatus.SENDING },
      data: { status: NewsletterStatus.SENT, finishedAt: now() },
    });
  }
  return { sent: attempt.deliveries.length, skipped: attempt.skipped };
}
