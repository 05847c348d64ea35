import { receiveStripeWebhook } from "@/lib/donations/stripe-wiring";

// Stripe events. The raw body is read as text: the signature is over the exact bytes sent.
// The answer is a few bytes of JSON for a machine: `no-transform` keeps it uncompressed (Next
// gzips any streamed answer whose client accepts gzip, and for 40 bytes that costs more than it
// saves: about a tenth of the server's time per event in the webhook benchmark).
export async function POST(request: Request) {
  const result = await receiveStripeWebhook(await request.text(), request.headers.get("stripe-signature"));
  return Response.json(result.body, { status: result.status, headers: { "Cache-Control": "no-store, no-transform" } });
}
