import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/security/headers";

// A fresh nonce for every page that is rendered per request, and the strict policy that names it.
// Next reads the nonce from the request's own Content-Security-Policy header and stamps it on every
// script it writes; the browser then runs those and whatever they load ('strict-dynamic'), and
// nothing else. Cached pages never come through here: they keep the policy next.config.ts gives
// them (lib/security/headers.ts explains the two). Authorisation is not done here but beside the
// data, in every page, action and route.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({
    nonce,
    imageOrigin: env.S3_PUBLIC_URL ? new URL(env.S3_PUBLIC_URL).origin : undefined,
    development: env.NODE_ENV === "development",
  });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Every page rendered per request; tests/e2e/content-security-policy.spec.ts holds this list to what
// the build actually serves (a page answered with no-store gets a nonce, a cached one does not).
// Literal, because Next reads it at build time.
export const config = {
  matcher: [
    "/admin/:path*",
    "/donate",
    "/donate/:path+",
    "/donation-points",
    "/newsletter/confirm",
    "/newsletter/unsubscribe",
    "/shared/:token",
  ],
};
