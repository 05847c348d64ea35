import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { FormState } from "./form-state";

// Reading the answers lib/auth/keep-staff-answers.ts keeps: a staff form's answer to a post made
// without script, kept in the database for the page it returns to, under a random id in the
// address (`?answer=`), for ten minutes, readable only by the member of staff who posted it, on
// that page. A staff form can hold more than a cookie carries (a site page's whole text). The third
// of the ways docs/architecture.md ("Forms, and what a post without script gets back") describes.

/** How long an answer is kept: long enough to follow the redirect on a slow connection. */
export const KEPT_ANSWER_LIFETIME_MS = 10 * 60_000;
/** A kept answer's key, staff or public: 18 random bytes, base64url. */
export const KEPT_ANSWER_KEY = /^[A-Za-z0-9_-]{24}$/;

/** A new key for a kept answer. */
export function newKeptAnswerKey(): string {
  return randomBytes(18).toString("base64url");
}

const stateSchema = z.object({
  status: z.enum(["idle", "success", "error"]),
  outcome: z.string().optional(),
  message: z.string().optional(),
  fieldErrors: z.record(z.string(), z.string()).optional(),
  values: z.record(z.string(), z.string()).optional(),
});

/** A kept answer's stored state, read back; nothing if it is not a form's answer. */
export function keptState(stored: unknown): FormState | undefined {
  const parsed = stateSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** The answer kept for this member of staff on this page, if the address names one still kept. */
export async function keptAnswerFor(db: Db, id: unknown, where: { staffId: string; page: string }, now = new Date()): Promise<FormState | undefined> {
  if (typeof id !== "string" || !KEPT_ANSWER_KEY.test(id)) return undefined;
  const row = await db.keptFormAnswer.findUnique({ where: { id } });
  if (!row || row.staffId !== where.staffId || row.page !== where.page || row.expiresAt <= now) return undefined;
  return keptState(row.state);
}
