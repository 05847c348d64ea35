import "server-only";
import path from "node:path";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { alreadyAccepted, outgoingEmailSchema, type EmailTransport, type OutgoingEmail } from "./message";
import { createOutboxTransport } from "./outbox-transport";
import { createResendTransport } from "./resend-transport";
import { withBackoff, type BackoffOptions } from "./with-backoff";

let transport: EmailTransport | undefined;

/** Resend when RESEND_API_KEY is set, otherwise the outbox under the data folder. */
export function defaultTransport(): EmailTransport {
  transport ??= env.RESEND_API_KEY
    ? createResendTransport({ apiKey: env.RESEND_API_KEY, from: env.EMAIL_FROM, replyTo: env.EMAIL_REPLY_TO, baseUrl: env.RESEND_BASE_URL })
    : createOutboxTransport({ dir: path.resolve(env.DATA_DIR, "outbox"), from: env.EMAIL_FROM, replyTo: env.EMAIL_REPLY_TO });
  return transport;
}

/**
 * Sends one email at most once per idempotency key: a key recorded as sent is skipped; the
 * provider deduplicates a key it has seen (for a crash between its answer and our record).
 * Retryable failures are retried with backoff, then thrown for the job queue to retry later.
 */
export async function sendEmail(
  db: Db,
  email: OutgoingEmail,
  options: { transport?: EmailTransport; backoff?: BackoffOptions } = {},
): Promise<{ id: string | null; skipped: boolean }> {
  const message = outgoingEmailSchema.parse(email);
  const already = await db.emailMessage.findUnique({ where: { idempotencyKey: message.idempotencyKey }, select: { providerId: true } });
  if (already) return { id: already.providerId, skipped: true };
  const via = options.transport ?? defaultTransport();
  let id: string | null;
  try {
    ({ id } = await withBackoff(() => via.send(message), options.backoff));
  } catch (error) {
    if (!alreadyAccepted(error)) throw error;
    id = null; // sent by an earlier attempt under this key
  }
  await db.emailMessage.upsert({
    where: { idempotencyKey: message.idempotencyKey },
    create: { idempotencyKey: message.idempotencyKey, to: message.to, subject: message.subject, providerId: id },
    update: {},
  });
  return { id, skipped: false };
}
