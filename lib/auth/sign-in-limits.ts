import "server-only";
import crypto from "node:crypto";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { clientIpFrom } from "@/lib/http/client-ip";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { consumePersonLimit } from "@/lib/rate-limit/per-person";
import { tooManyRequests } from "@/lib/rate-limit/too-many-requests";
import { tryAgainIn } from "@/lib/rate-limit/wait-in-words";
import { signInLimits } from "./sign-in-form-limits";
import { appSecret, safeEqual } from "@/lib/security/app-secret";

/**
 * Counts a sign-in link requested straight from Auth.js (POST /api/auth/signin/email): a 429 once
 * the client's address has asked too often, or has asked too often for this email address.
 *
 * Every request counts against the client's address. Only a request Auth.js will act on (its
 * CSRF token checked, as Auth.js checks it) counts for the email address it names, and then per
 * client address (lib/rate-limit/per-person.ts): a stranger's posts, forged or not, never spend a
 * colleague's own allowance. Past the per-inbox cap the answer is Auth.js's usual one and no
 * email is sent.
 */
export async function signInRequestRefusal(request: NextRequest): Promise<Response | null> {
  const ip = clientIpFrom(request.headers);
  const byIp = await consumeRateLimit(signInLimits.perConnection, ip);
  if (!byIp.ok) return refusal(byIp.retryAfterSeconds);
  const form = await formOf(request);
  if (!form || !csrfTokenVerified(request, form)) return null; // Auth.js refuses it; nothing spent for anyone named.
  const email = emailOf(form);
  if (!email) return null;
  const byEmail = await consumePersonLimit(signInLimits.perPerson, email, ip);
  if (!byEmail.ok) return refusal(byEmail.retryAfterSeconds);
  if (!byEmail.sendEmail) return asIfSent(request);
  return null;
}

async function formOf(request: NextRequest): Promise<FormData | null> {
  try {
    return await request.clone().formData();
  } catch {
    return null;
  }
}

/** The address named, whole: consumePersonLimit compares addresses trimmed and without case, and keys them by a hash of fixed length. */
function emailOf(form: FormData): string | null {
  const email = form.get("email");
  return typeof email === "string" && email.trim() ? email : null;
}

const CSRF_COOKIES = ["__Host-authjs.csrf-token", "authjs.csrf-token"];

/**
 * Auth.js's double-submit check (@auth/core's createCSRFToken): the cookie holds
 * "token|sha256(token + secret)" and the form must post the same token.
 */
export function csrfTokenVerified(request: Pick<NextRequest, "cookies">, form: FormData): boolean {
  const posted = form.get("csrfToken");
  if (typeof posted !== "string" || !posted) return false;
  return CSRF_COOKIES.some((name) => {
    const [token, hash] = (request.cookies.get(name)?.value ?? "").split("|");
    if (!token || !hash) return false;
    const expected = crypto.createHash("sha256").update(`${token}${appSecret()}`).digest("hex");
    return safeEqual(hash, expected) && safeEqual(token, posted);
  });
}

/** What Auth.js answers once a link is on its way (its verify-request page), without one being sent. */
function asIfSent(request: NextRequest): Response {
  const url = `${env.SITE_URL}/admin/sign-in?sent=1`;
  // next-auth's own client asks for the address as JSON instead of a redirect.
  if (request.headers.get("x-auth-return-redirect")) return Response.json({ url }, { headers: { "Cache-Control": "no-store" } });
  return new Response(null, { status: 302, headers: { Location: url, "Cache-Control": "no-store" } });
}

function refusal(seconds: number): Response {
  return tooManyRequests(seconds, `Too many ${signInLimits.perConnection.name}. ${tryAgainIn(seconds)}\n`, "text/plain");
}
