import type { GiftTotal } from "@/lib/donations/checkout/gift-total";
import { formatPence } from "@/lib/format/money";

/**
 * The running total before payment: the gift, the card fee (the figure the server will add, not
 * a rate), what the card is charged, and what Gift Aid adds. `total` is priced with the fee
 * cover included; whether the fee and Gift Aid lines show follows their checkboxes through CSS
 * (the form is `group/donate`; `with-fee`, `without-fee` and `with-gift-aid` in app/globals.css),
 * so the figures are right without script too.
 */
export function GiftTotalSummary({ total, monthly }: { total: GiftTotal | null; monthly: boolean }) {
  // [what, figure, the line's classes]; "You pay" twice, without the fee and with it.
  const lines = total
    ? ([
        ["Gift to the appeal", total.amountPence, "flex"],
        ["Card fee you’re covering", total.feePence, "with-fee"],
        ["You pay", total.amountPence, "without-fee text-lg"],
        ["You pay", total.totalPence, "with-fee text-lg"],
        ["Gift Aid adds, at no cost to you", total.giftAidPence, "with-gift-aid text-pine"],
      ] as const)
    : [];
  return (
    <section aria-labelledby="donate-total-title" className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
      <h2 id="donate-total-title" className="font-serif text-2xl font-semibold">
        Your gift
      </h2>
      {total ? (
        <dl className="mt-3 divide-y divide-ink/10">
          {lines.map(([what, pence, className]) => (
            <div key={className} className={`justify-between gap-4 py-2 ${className}`}>
              <dt className={what === "You pay" ? "font-semibold" : undefined}>{what}</dt>
              <dd className="font-semibold">{`${formatPence(pence)}${monthly ? " a month" : ""}`}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mt-3 text-ink-soft">Choose a gift above to see your total.</p>
      )}
    </section>
  );
}
