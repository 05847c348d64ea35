import { Resend } from "resend";
import type { Db } from "@/lib/db";
import { recordEmailEvent, type EmailEventPayload } from "./email-events";

let verifier: Resend | null = null;

/**
 * One SDK client for every webhook, made on first use: verifying needs no API key, but the
 * client wants one to be constructed. It holds nothing of any request.
 */
function webhooks(): Resend["webhooks"] {
  verifier ??= new Resend("re_verify_only");
  return verifier.webhooks;
}

export type WebhookAnswer = { status: number; body: { received?: boolean; outcome?: string; error?: string } };

/**
 * Resend's webhook (Svix-signed): the signature over the exact bytes, and its timestamp, are
 * checked with the SDK before anything is read. Without a configured secret nothing is accepted
 * (503), so a forged bounce can never stop a subscriber's updates.
 */
export async function handleResendWebhook(db: Db, secret: string | undefined, rawBody: string, headers: Headers): Promise<WebhookAnswer> {
  if (!secret) return { status: 503, body: { error: "This site does not take Resend webhooks: RESEND_WEBHOOK_SECRET is not set." } };
  const id = headers.get("svix-id") ?? headers.get("webhook-id");
  const timestamp = headers.get("svix-timestamp") ?? headers.get("webhook-timestamp");
  const signature = headers.get("svix-signature") ?? headers.get("webhook-signature");
  if (!id || !timestamp || !signature) return { status: 400, body: { error: "Missing signature headers." } };
  let event: EmailEventPayload;
  try {
    event = webhooks().verify({
      payload: rawBody,
      headers: { id, timestamp, signature },
      webhookSecret: secret,
    }) as unknown as EmailEventPayload;
  } catch {
    return { status: 400, body: { error: "The signature does not match." } };
  }
  const outcome = await recordEmailEvent(db, id, event);
  return { status: 200, body: { received: true, outcome } };
}
