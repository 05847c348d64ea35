import type { Tx } from "../advance-donation";

/**
 * Notes on a monthly gift's first donation that Stripe said a payment failed, or that one was
 * paid, at `at` (the event's time). Each keeps the latest time; the gift is failing while its
 * latest failure is newer than its latest payment. Any order of events ends the same.
 */
export async function notePaymentOutcome(
  tx: Tx,
  donationId: string,
  outcome: { failedAt: Date } | { paidAt: Date },
): Promise<{ failing: boolean; wasFailing: boolean }> {
  const failedAt = "failedAt" in outcome ? outcome.failedAt : null;
  const paidAt = "paidAt" in outcome ? outcome.paidAt : null;
  const rows = await tx.$queryRaw<{ failing: boolean; wasFailing: boolean }[]>`
    WITH before AS (
      SELECT "paymentFailing" AS failing,
             GREATEST("paymentFailedAt", ${failedAt}::timestamp(3)) AS failed,
             GREATEST("paymentRecoveredAt", ${paidAt}::timestamp(3)) AS recovered
      FROM "Donation" WHERE "id" = ${donationId}
    )
    UPDATE "Donation" AS d
    SET "paymentFailedAt" = before.failed,
        "paymentRecoveredAt" = before.recovered,
        "paymentFailing" = (before.failed IS NOT NULL AND (before.recovered IS NULL OR before.recovered < before.failed))
    FROM before
    WHERE d."id" = ${donationId}
    RETURNING d."paymentFailing" AS "failing", before.failing AS "wasFailing"`;
  return rows[0] ?? { failing: false, wasFailing: false };
}
