import Link from "next/link";
import { formatUkDate } from "@/lib/format/date";
import { formatPence } from "@/lib/format/money";
import { StaffTable } from "@/components/admin/staff-table";

export type AdjustmentRow = { id: string; donationId: string; reason: string; refundedPence: number; giftAidPence: number; occurredAt: Date };

/**
 * Gift Aid to repay with the next claim: gifts refunded (or lost to a card dispute) after their
 * Gift Aid was claimed. Creating the next claim includes them.
 */
export function GiftAidAdjustments({ adjustments }: { adjustments: AdjustmentRow[] }) {
  const total = adjustments.reduce((sum, a) => sum + a.giftAidPence, 0);
  return (
    <section aria-labelledby="adjustments" className="space-y-3">
      <h2 id="adjustments" className="text-2xl font-semibold">
        Adjustments for the next claim
      </h2>
      {adjustments.length ? (
        <>
          <p className="text-ink-soft">
            {adjustments.length === 1 ? "1 gift was" : `${adjustments.length} gifts were`} refunded after {adjustments.length === 1 ? "its" : "their"} Gift Aid
            was claimed: <strong>{formatPence(total)}</strong> of Gift Aid to pay back to HMRC. Enter it as an adjustment on the next claim; creating the claim
            below marks {adjustments.length === 1 ? "it" : "them"} as included.
          </p>
          <StaffTable caption="Gift Aid to repay, oldest first" className="text-sm" columns={["Date", "Why", "Gift refunded", "Gift Aid to repay"]}>
            {adjustments.map((a) => (
              <tr key={a.id} className="border-b border-ink/10">
                <td className="py-2">
                  <Link href={`/admin/donations/${a.donationId}`}>{formatUkDate(a.occurredAt)}</Link>
                </td>
                <td className="py-2">{a.reason === "dispute lost" ? "Card dispute lost" : "Refund"}</td>
                <td className="py-2">{formatPence(a.refundedPence)}</td>
                <td className="py-2">{formatPence(a.giftAidPence)}</td>
              </tr>
            ))}
          </StaffTable>
        </>
      ) : (
        <p className="text-ink-soft">No Gift Aid to repay: no claimed gift has been refunded since.</p>
      )}
    </section>
  );
}
