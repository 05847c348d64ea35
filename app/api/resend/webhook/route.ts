import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { handleResendWebhook } from "@/lib/newsletter/resend-webhook";

// Resend's delivery events (bounces, complaints, deliveries). The raw body is read as text: the
// signature is over the exact bytes sent.
export async function POST(request: Request) {
  const result = await handleResendWebhook(db, env.RESEND_WEBHOOK_SECRET, await request.text(), request.headers);
  return Response.json(result.body, { status: result.status, headers: { "Cache-Control": "no-store, no-transform" } });
}
