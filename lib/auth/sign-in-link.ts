import "server-only";
import { createElement } from "react";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { loadEmailFooter } from "@/lib/email/footer";
import { sendEmail } from "@/lib/email/mailer";
import type { EmailTransport } from "@/lib/email/message";
import { renderEmail } from "@/lib/email/templates/render";
import { SignInEmail, signInSubject } from "@/lib/email/templates/sign-in-email";
import type { BackoffOptions } from "@/lib/email/with-backoff";
import { queues, type Enqueue } from "@/lib/queue/jobs";
import { sha256 } from "@/lib/security/app-secret";
import { seal, unseal } from "@/lib/security/seal";
import { maySignIn } from "./staff-access";

/** How long a sign-in link works. */
export const LINK_MINUTES = 15;

const SEAL_PURPOSE = "sign-in-link";

const sealedLink = z.object({ to: z.string(), url: z.url(), expires: z.iso.datetime() });

/**
 * What asking for a sign-in link does while the visitor waits: the same for every address, staff
 * or not, so the answer's timing tells nobody who is staff. One job, whose only content is the
 * address and the link sealed together (the link holds the token, which signs its holder in).
 */
export async function requestSignInLink(enqueue: Enqueue, request: { identifier: string; url: string; expires: Date }): Promise<void> {
  const payload = JSON.stringify({ to: request.identifier, url: request.url, expires: request.expires.toISOString() } satisfies z.input<typeof sealedLink>);
  await enqueue(queues.signInLink, { sealed: seal(SEAL_PURPOSE, payload) });
}

/** The idempotency key of a link's email: from the token's hash, never the token. */
export function signInEmailKey(url: string): string {
  return `sign-in/${sha256(new URL(url).searchParams.get("token") ?? url)}`;
}

export type SignInLinkOutcome = "sent" | "not-staff" | "expired" | "unreadable" | "foreign-origin";

/**
 * The queue's handler: emails the link if the address may sign in (only staff get one), once per
 * link, on this site's own origin only.
 */
export async function sendSignInLink(
  db: Db,
  config: { siteUrl: string; postalAddress: string; adminEmails: string[] },
  job: { sealed: string },
  options: { transport?: EmailTransport; backoff?: BackoffOptions; now?: Date } = {},
): Promise<SignInLinkOutcome> {
  const opened = unseal(SEAL_PURPOSE, job.sealed);
  const parsed = opened === null ? null : sealedLink.safeParse(JSON.parse(opened));
  if (!parsed?.success) return "unreadable";
  const { to, url, expires } = parsed.data;
  if (new Date(expires) <= (options.now ?? new Date())) return "expired";
  // Auth.js takes its origin from SITE_URL (lib/auth/auth.ts); a link anywhere else is a bug
  // that would hand a colleague's sign-in to whoever owns that host, so it is never sent.
  if (new URL(url).origin !== new URL(config.siteUrl).origin) {
    console.error("[sign-in] refused to send a sign-in link whose origin is not SITE_URL");
    return "foreign-origin";
  }
  if (!(await maySignIn(db, to, config.adminEmails))) return "not-staff";
  const footer = await loadEmailFooter(db, config);
  const { html, text } = await renderEmail(createElement(SignInEmail, { url, minutes: LINK_MINUTES, footer }));
  await sendEmail(db, { to, subject: signInSubject(footer.charityName), html, text, idempotencyKey: signInEmailKey(url) }, options);
  return "sent";
}
