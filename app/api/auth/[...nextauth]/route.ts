import type { NextRequest } from "next/server";
import { signInRequestRefusal } from "@/lib/auth/sign-in-limits";
import { handlers } from "@/lib/auth/auth";

export const { GET } = handlers;

/**
 * Auth.js's own endpoints. The staff sign-in page asks for links through its action, which is
 * rate-limited; asking Auth.js directly (POST /api/auth/signin/email) is held to the same limits
 * here, so the endpoint can't be used to flood a colleague's inbox.
 */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/auth/signin/")) {
    const refusal = await signInRequestRefusal(request);
    if (refusal) return refusal;
  }
  return handlers.POST(request);
}
