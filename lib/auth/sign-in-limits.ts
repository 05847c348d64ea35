import "server-only";
import type { NextRequest } from "next/server";
import { clientIpFrom } from "@/lib/http/client-ip";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { waitInWords } from "@/lib/rate-limit/wait-in-words";

/** Counts a sign-in link requested straight from Auth.js, per address and per email: a 429 once either is spent. */
export async function signInRequestRefusal(request: NextRequest): Promise<Response | null> {
  const byIp = await consumeRateLimit("signInPerIp", clientIpFrom(request.headers));
  if (!byIp.ok) return tooMany(byIp.retryAfterSeconds);
  const email = await emailOf(request);
  if (email) {
    const byEmail = await consumeRateLimit("signInPerEmail", email);
    if (!byEmail.ok) return tooMany(byEmail.retryAfterSeconds);
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

function tooMany(seconds: number): Response {
  return new Response(`Too many sign-in requests. Please try again in ${waitInWords(seconds)}.\n`, {
    status: 429,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(seconds), "Cache-Control": "no-store" },
  });
}
