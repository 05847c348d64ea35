import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { env } from "@/lib/env";
import type { FormState } from "./form-state";

// The answer to a public form posted without script, on a page rendered per request: kept in a
// short-lived cookie for that page, which the browser is sent back to (303). This is the second of
// the three ways docs/architecture.md ("Forms, and what a post without script gets back")
// describes, and the only account of why it is needed. A post made by the site's own script (it
// carries a Next-Action header) gets its answer in place.

/** Long enough to follow the redirect on a slow connection; a reload soon after shows it again. */
const MAX_AGE_SECONDS = 60;

const stateSchema = z.object({
  status: z.enum(["idle", "success", "error"]),
  outcome: z.string().max(50).optional(),
  message: z.string().max(1000).optional(),
  fieldErrors: z.record(z.string(), z.string().max(500)).optional(),
  values: z.record(z.string(), z.string().max(1000)).optional(),
});

/** True when the form was posted by the browser itself, with no script running. */
export async function postedWithoutScript(): Promise<boolean> {
  return !(await headers()).has("next-action");
}

/**
 * The action's answer: returned to the form when script posted it; otherwise kept for `page` in a
 * cookie named `name` and the browser sent back there (to `page` + `search` + `hash`; the cookie
 * belongs to `page` whatever its query).
 */
export async function answerForm<State extends FormState>(state: State, where: { name: string; page: string; search?: string; hash?: string }): Promise<State> {
  if (!(await postedWithoutScript())) return state;
  (await cookies()).set(cookieName(where.name), JSON.stringify(state), {
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
  const raw = (await cookies()).get(cookieName(name))?.value;
  if (!raw) return undefined;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const cookieName = (name: string) => `form-answer-${name}`;
