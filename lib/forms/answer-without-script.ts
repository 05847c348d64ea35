import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import type { FormState } from "./form-state";
import { keepable, keepPublicAnswer, publicAnswerFor } from "./public-answers";

// The answer to a public form posted without script, on a page rendered per request: kept whole
// in the database (lib/forms/public-answers.ts), under a random key the browser holds in a
// short-lived, httpOnly cookie for that page, which the browser is sent back to (303). Any server
// finds it there; nothing of it is in an address. This is the second of the three ways
// docs/architecture.md ("Forms, and what a post without script gets back") describes, and the only
// account of why it is needed. A post made by the site's own script (it carries a Next-Action
// header) gets its answer in place.

/** Long enough to follow the redirect on a slow connection; a reload soon after shows it again. */
const MAX_AGE_SECONDS = 60;

/** True when the form was posted by the browser itself, with no script running. */
export async function postedWithoutScript(): Promise<boolean> {
  return !(await headers()).has("next-action");
}

/**
 * The action's answer: returned to the form when script posted it; otherwise kept for `page`
 * under a key in a cookie named for `name`, and the browser sent back there (to `page` + `search`
 * + `hash`; the cookie belongs to `page` whatever its query).
 */
export async function answerForm<State extends FormState>(state: State, where: { name: string; page: string; search?: string; hash?: string }): Promise<State> {
  const answer = keepable(state);
  if (!(await postedWithoutScript())) return answer;
  const jar = await cookies();
  const key = await keepPublicAnswer(await database(), { name: where.name, state: answer, replacing: jar.get(cookieName(where.name))?.value });
  jar.set(cookieName(where.name), key, {
    path: where.page,
    maxAge: MAX_AGE_SECONDS,
    httpOnly: true,
    sameSite: "lax",
    secure: env.SITE_URL.startsWith("https:"),
  });
  redirect(`${where.page}${where.search ?? ""}${where.hash ?? ""}`);
}

/** The answer a plain post left for this page, if any (for the form's initial state). */
export async function keptAnswer(name: string): Promise<FormState | undefined> {
  const key = (await cookies()).get(cookieName(name))?.value;
  return key ? publicAnswerFor(await database(), key, name) : undefined;
}

/**
 * The kept answer of a form whose answers are outcomes (a one-press page's "confirmed" or
 * "expired"): kept only when its outcome is one of `outcomes` or none; anything else is dropped,
 * not shown.
 */
export async function keptOutcome<Outcome extends string>(name: string, outcomes: readonly Outcome[]): Promise<FormState<Outcome> | undefined> {
  const kept = await keptAnswer(name);
  return kept && (kept.outcome === undefined || (outcomes as readonly string[]).includes(kept.outcome)) ? (kept as FormState<Outcome>) : undefined;
}

const cookieName = (name: string) => `form-answer-${name}`;

/** The site's database client, made only when an answer is kept or read (importing this module, as publicAction does, makes none). */
const database = async () => (await import("@/lib/db")).db;
