import "server-only";
import crypto from "node:crypto";
import { consumeRateLimit, type RateLimitResult } from "./consume";
import type { PersonLimit } from "./rate-limit";

// The two counts behind a limit that protects a named person (lib/rate-limit/rate-limit.ts explains
// why there are two). Count them only for a request that is otherwise valid, so a malformed or
// forged one (no CSRF token, a bad form) spends nothing for the person it names.

export type PersonLimitResult =
  /** The sender has asked for this address too often: answer as the form does when limited. */
  | { ok: false; retryAfterSeconds: number }
  /** Go ahead; `sendEmail` false means the inbox has had enough today: do the rest, send nothing. */
  | { ok: true; sendEmail: boolean };

export async function consumePersonLimit(limits: PersonLimit, email: string, clientAddress: string): Promise<PersonLimitResult> {
  const address = email.trim().toLowerCase();
  const bySender: RateLimitResult = await consumeRateLimit(limits.perSender, keyOf(`${address} ${clientAddress}`));
  if (!bySender.ok) return bySender;
  const byInbox = await consumeRateLimit(limits.emails, keyOf(address));
  return { ok: true, sendEmail: byInbox.ok };
}

/** A fixed-length key (the table's keys are at most 255 characters; an address may be 254), with no address kept in it. */
const keyOf = (value: string) => crypto.createHash("sha256").update(value).digest("base64url");
