import "server-only";
import type { Db } from "@/lib/db";
import type { FormState } from "./form-state";
import { KEPT_ANSWER_KEY, KEPT_ANSWER_LIFETIME_MS, keptState, newKeptAnswerKey } from "./kept-answers";
import { formatCount } from "@/lib/format/money";

// The store behind lib/forms/answer-without-script.ts: a public form's answer to a post made
// without script, kept in the database for ten minutes under a random key, which the browser holds
// in an httpOnly cookie for that page (and nothing else does: the key is never in an address). In
// the database, not in the cookie: a cookie holds a few kilobytes, so an answer kept there had to
// be cut, and the server that renders the page next may not be the one that took the post.

/**
 * The most text an answer keeps, all its values together: five times the longest field any form
 * that keeps its answer this way takes (a newsletter's 100,000 characters), so every value a
 * person could mean to send comes back whole, and a post of megabytes is not kept for anyone.
 */
export const KEPT_TEXT_MAX = 500_000;

/** Said, instead of keeping them, of values over KEPT_TEXT_MAX. */
export const TOO_MUCH_TO_KEEP = `What you sent was too long to keep (more than ${formatCount(KEPT_TEXT_MAX)} characters in all), so the form can’t show it again and nothing was saved. Please shorten it and send it again.`;

/**
 * The answer as it may be kept, and as it is answered with script too (so both answer alike):
 * whole, unless its values pass KEPT_TEXT_MAX; then without them, saying so. Only a refusal can
 * carry what was sent; a site's own answer (a success) is always small.
 */
export function keepable<State extends FormState>(state: State): State {
  const total = Object.values(state.values ?? {}).reduce((sum, value) => sum + value.length, 0);
  if (total <= KEPT_TEXT_MAX) return state;
  const kept: State = { ...state };
  delete kept.values;
  return { ...kept, status: "error", message: TOO_MUCH_TO_KEEP, fieldErrors: { ...state.fieldErrors, form: TOO_MUCH_TO_KEEP } };
}

/**
 * Keeps `state` under a new random key for the form `name`, and returns the key. `replacing` is
 * the key this browser held for the same form before (its cookie), whose answer goes now; answers
 * past their time go too, whoever's they were.
 */
export async function keepPublicAnswer(db: Db, answer: { name: string; state: FormState; replacing?: string }, now = new Date()): Promise<string> {
  const key = newKeptAnswerKey();
  const stale = [{ expiresAt: { lt: now } }, ...(answer.replacing && KEPT_ANSWER_KEY.test(answer.replacing) ? [{ id: answer.replacing }] : [])];
  await db.$transaction([
    db.keptPublicAnswer.deleteMany({ where: { OR: stale } }),
    db.keptPublicAnswer.create({
      data: { id: key, name: answer.name, state: keepable(answer.state), expiresAt: new Date(now.getTime() + KEPT_ANSWER_LIFETIME_MS) },
    }),
  ]);
  return key;
}

/** The answer kept under `key` for the form `name`, while it lasts; nothing for any other key. */
export async function publicAnswerFor(db: Db, key: unknown, name: string, now = new Date()): Promise<FormState | undefined> {
  if (typeof key !== "string" || !KEPT_ANSWER_KEY.test(key)) return undefined;
  const row = await db.keptPublicAnswer.findUnique({ where: { id: key } });
  if (!row || row.name !== name || row.expiresAt <= now) return undefined;
  return keptState(row.state);
}

/** Deletes every kept answer past its time, public and staff (the hourly job: lib/queue/site-queue.ts). */
export async function purgeLapsedAnswers(db: Db, now = new Date()): Promise<number> {
  const [publicAnswers, staffAnswers] = await db.$transaction([
    db.keptPublicAnswer.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.keptFormAnswer.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return publicAnswers.count + staffAnswers.count;
}
