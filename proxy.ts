import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { refuseOverLimit } from "@/lib/security/proxy-limits";
import { contentSecurityPolicy, deploymentPolicyOptions } from "@/lib/security/headers";
import { isPerRequestPage } from "@/lib/security/per-request-pages";
import { staffDoor } from "@/lib/security/staff-door";

// Two jobs, on the few requests that need them (the matcher below); cached pages never come here.
//
// 1. Rate limits and origin checks (lib/security/proxy-limits.ts): cross-site posts to route handlers are refused,
//    and a form posted without script, or a postcode search, from someone who has spent its limit
//    is answered with a 429 page before anything renders.
// 2. A fresh nonce for every page that is rendered per request, and the strict policy that names
//    it. Next reads the nonce from the request's own Content-Security-Policy header and stamps it
//    on every script it writes; the browser then runs those inline scripts and script files from
//    this site, and nothing else. Cached pages keep the policy next.config.ts gives them
//    (lib/security/headers.ts explains the two).
//
// Authorisation is not done here but beside the data, in every page, action and route.
const policyOptions = deploymentPolicyOptions(env);

export async function proxy(request: NextRequest) {
  const refusal = await refuseOverLimit(request);
  if (refusal) return refusal;

  // The staff area's door (lib/security/staff-door.ts): signed-out visitors to a staff page get a
  // 307 to the sign-in page, a staff page about a record that does not exist a 404, and an editor
  // asking for an admin's page a 403 saying "Admins only".
  const staffAnswer = await staffDoor(request);
  if (staffAnswer) return staffAnswer;

  if (!isPerRequestPage(request.nextUrl.pathname)) return NextResponse.next();

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({ ...policyOptions, nonce });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Literal, because Next reads it at build time.
export const config = {
  matcher: [
    // Every page rendered per request: the same list as lib/security/per-request-pages.ts (a unit
    // test compares them), which tests/e2e/content-security-policy.spec.ts holds to the build.
    "/admin/:path*",
    "/donate",
    "/donate/:path+",
    "/donation-points",
    "/newsletter",
    "/newsletter/confirm",
    "/newsletter/unsubscribe",
    // ── Coat wall (issue #17): the private confirm and delete links ──
    "/coat-wall/confirm",
    "/coat-wall/delete",
    // Coat drives (issue #18): the organiser's confirmation, new-link and private pages, and stop-emails page.
    "/coat-drives/confirm",
    "/coat-drives/edit/:path*",
    "/coat-drives/stop-emails",
    // Forms posted without script, wherever they are (the newsletter form is in every footer).
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }], missing: [{ type: "header", key: "next-action" }] },
    // Requests to route handlers that name another site as their origin.
    { source: "/api/:path*", has: [{ type: "header", key: "origin" }] },
  ],
};
