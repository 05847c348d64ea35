import type { Db } from "@/lib/db";
import type { EmailTransport } from "@/lib/email/message";
import { sendEmail } from "@/lib/email/mailer";
import type { BackoffOptions } from "@/lib/email/with-backoff";
import { SubscriberStatus } from "@/lib/generated/prisma/enums";
import { confirmationEmail, type EmailConfig } from "./emails";

/**
 * The queue's handler for a confirmation email. A signup superseded by a newer one (or already
 * confirmed, or unsubscribed) sends nothing. Retries send the same link under the same key.
 */
export async function sendConfirmation(
  db: Db,
  config: EmailConfig,
  job: { subscriberId: string; nonce: string },
  options: { transport?: EmailTransport; backoff?: BackoffOptions } = {},
): Promise<"sent" | "superseded"> {
  const subscriber = await db.subscriber.findUnique({ where: { id: job.subscriberId }, select: { id: true, email: true, status: true, confirmNonce: true } });
  if (!subscriber || subscriber.status !== SubscriberStatus.PENDING || subscriber.confirmNonce !== job.nonce) return "superseded";
  await sendEmail(db, await confirmationEmail(db, config, subscriber, job.nonce), options);
  return "sent";
}
