import "server-only";
import type { NextRequest } from "next/server";
import { clientIpFrom } from "@/lib/http/client-ip";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { tooManyRequests } from "@/lib/rate-limit/too-many-requests";
import { waitInWords } from "@/lib/rate-limit/wait-in-words";

/** Counts a sign-in link requested straight from Auth.js, per address and per email: a 429 once either is spent. */
export async function signInRequestRefusal(request: NextRequest): Promise<Response | null> {
  const byIp = await consumeRateLimit("signInPerIp", clientIpFrom(request.headers));
  if (!byIp.ok) return refusal(byIp.retryAfterSeconds);
  const email = await emailOf(request);
  if (email) {
    const byEmail = await consumeRateLimit("signInPerEmail", email);
    if (!byEmail.ok) return refusal(byEmail.retryAfterSeconds);
  }
  return null;
}

async function emailOf(request: NextRequest): Promise<string | null> {
  try {
    const email = (await request.clone().formData()).get("email");
    return typeof email === "string" && email.trim() ? email.trim().toLowerCase().slice(0, 254) : null;
  } catch {
    return null;
  }
}

function refusal(seconds: number): Response {
  return tooManyRequests(seconds, `Too many sign-in requests. Please try again in ${waitInWords(seconds)}.\n`, "text/plain");
}
