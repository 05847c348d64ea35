import { NextResponse } from "next/server";

// One job only: answer the CORS preflight for /api/progress, so that route can stay prerendered
// (a route that exports OPTIONS runs on every GET). The matcher lets nothing else through:
// authorisation never lives here; every staff page, action and route checks the session itself.
export function proxy() {
  return new NextResponse(null, {
    status: 204,
    headers: {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "*",
      "Access-Control-Max-Age": "86400",
    },
  });
}

export const config = {
  matcher: [{ source: "/api/progress", has: [{ type: "header", key: "access-control-request-method" }] }],
};
