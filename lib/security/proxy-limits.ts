import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { standalonePage } from "@/lib/http/standalone-page";
import { clientIpFrom } from "@/lib/http/client-ip";
import { peekRateLimit } from "@/lib/rate-limit/consume";
import { postcodeLookupLimit } from "@/lib/rate-limit/policies";
import { parseLimitId, type RateLimit } from "@/lib/rate-limit/rate-limit";
import { tooManyRequests } from "@/lib/rate-limit/too-many-requests";
import { waitInWords } from "@/lib/rate-limit/wait-in-words";

// What proxy.ts turns away before a page or route runs. Nothing here counts anything: each limit
// is counted where the work happens (the form's action, the postcode lookup), and this only
// answers a request whose sender has already spent it, with the status and header a client
// understands (429, Retry-After) and a page a person does.
//
// Posts made by the site's own script (a `Next-Action` header) are not stopped here: a 429 would
// make Next's client throw the form away, so their action answers on the form instead, keeping
// everything typed.

/** The one route handler under /api that other sites post to: Stripe's webhook, which is signed. */
const crossSitePosts = new Set(["/api/stripe/webhook"]);

export async function refuseOverLimit(request: NextRequest): Promise<Response | null> {
  const { pathname, searchParams } = request.nextUrl;
  if (request.method === "POST" && pathname.startsWith("/api/") && !crossSitePosts.has(pathname) && isCrossSite(request.headers.get("origin"), siteOrigin)) {
    return new Response("This address does not accept requests from other sites.\n", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  if (isFormPostWithoutScript(request)) {
    const limit = await formLimitOf(request);
    if (limit)
      return await refuseIfSpent(request, limit, {
        href: pathname,
        label: "Back to the form",
        note: "What you typed is still in the form: your browser’s Back button returns to it.",
      });
  }
  if (request.method === "GET" && pathname === "/donation-points" && (searchParams.has("postcode") || searchParams.has("lat"))) {
    return await refuseIfSpent(request, postcodeLookupLimit, {
      href: "/donation-points",
      label: "See every drop-off point",
      note: "Every drop-off point is still listed without a search.",
    });
  }
  return null;
}

/** A server action posted by a plain HTML form: how Next tells it from one posted by script. */
function isFormPostWithoutScript(request: NextRequest): boolean {
  return request.method === "POST" && !request.headers.has("next-action") && (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
}

const siteOrigin = new URL(env.SITE_URL).origin;

/**
 * Whether a request's Origin names another site than SITE_URL's. Never compared with Host or
 * X-Forwarded-Host: the client writes those, so a forged pair of Origin and Host would agree.
 * No Origin (a request not made by a browser) is not cross-site; what such a request may do is
 * decided by the route itself.
 */
export function isCrossSite(origin: string | null, site: string): boolean {
  if (!origin) return false;
  try {
    return new URL(origin).origin !== site;
  } catch {
    return true;
  }
}

/**
 * The per-connection limit a public form names in its `rate-limit` field (the limit's id, written by
 * components/forms/rate-limit-field.tsx from the limits beside the form's schema), so no list of
 * forms is kept here. The field is the sender's to write, and that is safe: a limit counts only
 * under its own id, and only the form's action counts, with the limit it declares itself. A
 * made-up id finds no count and is let through to the action, which counts the real limit; an id
 * whose count is spent for this connection is one the site's own code spent, so the words the
 * page shows ("too many donation attempts") are the site's, not the sender's.
 */
async function formLimitOf(request: NextRequest): Promise<RateLimit | null> {
  try {
    const id = (await request.clone().formData()).get("rate-limit");
    return typeof id === "string" ? parseLimitId(id) : null;
  } catch {
    return null; // Not a form Next could read either; it answers that itself.
  }
}

type NextStep = { href: string; label: string; note: string };

async function refuseIfSpent(request: NextRequest, limit: RateLimit, next: NextStep): Promise<Response | null> {
  let result;
  try {
    result = await peekRateLimit(limit, clientIpFrom(request.headers));
  } catch (error) {
    // The limit is counted again where the work happens; the door stays open if it can't look.
    console.error("[proxy-limits] rate limit unavailable", error);
    return null;
  }
  if (result.ok) return null;
  return tooManyRequests(result.retryAfterSeconds, tooManyRequestsPage(`too many ${limit.name}`, waitInWords(result.retryAfterSeconds), next), "text/html");
}

/** The 429 page: how long to wait, why, and the way back. */
export function tooManyRequestsPage(reason: string, wait: string, next: NextStep): string {
  return standalonePage({
    title: `Please try again in ${wait}`,
    paragraphs: [
      `We’ve had ${reason} from your connection in a short time, so we’ve paused them for a little while. This keeps the appeal safe from automated abuse.`,
      next.note,
    ],
    link: { href: next.href, label: next.label },
  });
}
