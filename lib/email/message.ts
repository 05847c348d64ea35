import { z } from "zod";
import { oneLine as oneLineRule } from "@/lib/forms/fields";

const oneLine = (what: string) => oneLineRule(`${what} must not contain line breaks or other control characters`);

/**
 * An email ready to send. Every field that ends up in a header is checked for line breaks, so
 * nothing a visitor types can add headers (or recipients) to a message.
 */
export const outgoingEmailSchema = z.object({
  to: oneLine("The address").pipe(z.email().max(254)),
  subject: oneLine("The subject").min(1).max(300),
  html: z.string().min(1),
  text: z.string().min(1),
  headers: z.record(oneLine("A header name"), oneLine("A header value")).optional(),
  /** The same key is never delivered twice: Resend deduplicates it, the outbox skips it. */
  idempotencyKey: oneLine("The idempotency key").min(1).max(256),
});

export type OutgoingEmail = z.infer<typeof outgoingEmailSchema>;

/** A send that failed; `retryable` for rate limits (429), provider errors (5xx) and network faults. */
export class EmailSendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
    readonly statusCode?: number,
    /** The provider's error name, e.g. Resend's "invalid_idempotent_request". */
    readonly code?: string,
  ) {
    super(message);
    this.name = "EmailSendError";
  }
}

/**
 * The provider says this idempotency key was already used for a different request. Our keys
 * name one send each, so the earlier request under it was accepted: the email went out (the
 * retry differs only because something it renders changed in between, e.g. after a deploy).
 */
export function alreadyAccepted(error: unknown): boolean {
  return error instanceof EmailSendError && error.code === "invalid_idempotent_request";
}

export type EmailTransport = {
  name: "resend" | "outbox";
  send(email: OutgoingEmail): Promise<{ id: string }>;
  /** Up to 100 emails in one request, under one idempotency key. */
  sendBatch(emails: OutgoingEmail[], idempotencyKey: string): Promise<{ ids: string[] }>;
};
