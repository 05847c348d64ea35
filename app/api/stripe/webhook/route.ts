import { receiveStripeWebhook } from "@/lib/donations/runtime";

// Stripe events. The raw body is read as text: the signature is over the exact bytes sent.
export async function POST(request: Request) {
  const result = await receiveStripeWebhook(await request.text(), request.headers.get("stripe-signature"));
  return Response.json(result.body, { status: result.status, headers: { "Cache-Control": "no-store" } });
}
