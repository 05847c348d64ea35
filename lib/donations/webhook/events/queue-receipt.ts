import { queues } from "@/lib/queue/jobs";
import type { EventContext } from "./types";

/**
 * Queues the receipt for a payment, in the same transaction that records it, sent with its
 * COMMIT (`sql.atCommit`: the job's id is not needed). The key is the payment's own (checkout
 * session, or invoice for a monthly renewal): one receipt per payment.
 */
export async function queueReceipt(ctx: EventContext, donationId: string, paymentKey: string) {
  await ctx.enqueue(
    queues.donationReceipt,
    { donationId, idempotencyKey: `receipt/${paymentKey}` },
    { tx: ctx.sql.atCommit, singletonKey: `receipt/${paymentKey}` },
  );
}
