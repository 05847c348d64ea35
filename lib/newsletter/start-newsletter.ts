import type { z } from "zod";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NewsletterStatus, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { queues, type Enqueue } from "@/lib/queue/jobs";
import { newsletterSchema } from "./newsletter-schema";

// The rules an update's fields follow live in a module of their own that the compose form loads too.
export { NEWSLETTER_BODY_MAX, NEWSLETTER_SUBJECT_MAX, newsletterSchema } from "./newsletter-schema";

export const BATCH_SIZE = 100;

export type StartedNewsletter = { newsletterId: string; recipients: number; batches: number };

export type StartOptions = {
  /**
   * The new update's id, when the caller has one: a second start under the same id fails on the
   * primary key (Prisma's P2002) and leaves nothing behind, which makes a start idempotent.
   */
  id?: string;
  /** The member of staff sending it. */
  createdById?: string;
  /** More work that must commit with the start or not at all (the audit record). */
  alsoInTransaction?: (tx: Prisma.TransactionClient, started: StartedNewsletter) => Promise<void>;
};

/**
 * Starts sending an update to every confirmed subscriber whose address has not bounced for good
 * or complained (lib/newsletter/email-events.ts). The recipients are fixed now, split
 * into numbered batches of at most 100, and one job per batch is queued, all in one transaction.
 * Whoever confirms after this moment gets the next update; whoever unsubscribes before their
 * batch goes out is skipped.
 */
export async function startNewsletter(
  db: Db,
  enqueue: Enqueue,
  input: z.infer<typeof newsletterSchema>,
  options: StartOptions = {},
): Promise<StartedNewsletter> {
  const { subject, body } = newsletterSchema.parse(input);
  return db.$transaction(
    async (tx) => {
      const newsletter = await tx.newsletter.create({
        data: { ...(options.id ? { id: options.id } : {}), subject, body, recipients: 0, createdById: options.createdById ?? null },
        select: { id: true },
      });
      const recipients = await tx.$executeRaw`
        INSERT INTO "NewsletterDelivery" ("id", "newsletterId", "subscriberId", "batch", "status")
        SELECT gen_random_uuid()::text, ${newsletter.id}, s."id",
               ((row_number() OVER (ORDER BY s."createdAt", s."id")) - 1) / ${BATCH_SIZE},
               'PENDING'::"DeliveryStatus"
        FROM "Subscriber" s
        WHERE s."status" = ${SubscriberStatus.CONFIRMED}::"SubscriberStatus" AND s."suppressedAt" IS NULL`;
      // Nobody to send to: finished as soon as it started.
      await tx.newsletter.update({
        where: { id: newsletter.id },
        data: { recipients, ...(recipients === 0 ? { status: NewsletterStatus.SENT, finishedAt: new Date() } : {}) },
      });
      const batches = Math.ceil(recipients / BATCH_SIZE);
      for (let batch = 0; batch < batches; batch++) {
        await enqueue(queues.newsletterBatch, { newsletterId: newsletter.id, batch }, { tx, singletonKey: `newsletter/${newsletter.id}/${batch}` });
      }
      const started = { newsletterId: newsletter.id, recipients, batches };
      await options.alsoInTransaction?.(tx, started);
      return started;
    },
    { timeout: 30_000 },
  );
}
