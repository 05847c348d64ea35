import type { GiftTotal } from "@/lib/donations/checkout/gift-total";
import { formatPence } from "@/lib/format/money";

/**
 * The running total before payment: the gift, the card fee (the figure the server will add, not
 * a rate), what the card is charged, and what Gift Aid adds. `total` is priced with the fee
 * cover included; whether the fee and Gift Aid lines show follows their checkboxes through CSS
 * (the form is `group/donate`), so the figures are right without script too.
 */
export function GiftTotalSummary({ total, monthly }: { total: GiftTotal | null; monthly: boolean }) {
  const each = monthly ? " a month" : "";
  return (
    <section aria-labelledby="donate-total-title" className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
      <h2 id="donate-total-title" className="font-serif text-2xl font-semibold">
        Your gift
      </h2>
      {total ? (
        <dl className="mt-3 divide-y divide-ink/10">
          <div className="flex justify-between gap-4 py-2">
            <dt>Gift to the appeal</dt>
            <dd className="font-semibold">{`${formatPence(total.amountPence)}${each}`}</dd>
          </div>
          <div className="hidden justify-between gap-4 py-2 group-has-[input[name=coverFee]:checked]/donate:flex">
            <dt>Card fee you’re covering</dt>
            <dd className="font-semibold">{`${formatPence(total.feePence)}${each}`}</dd>
          </div>
          <div className="flex justify-between gap-4 py-2 text-lg group-has-[input[name=coverFee]:checked]/donate:hidden">
            <dt className="font-semibold">You pay</dt>
            <dd className="font-semibold">{`${formatPence(total.amountPence)}${each}`}</dd>
          </div>
          <div className="hidden justify-between gap-4 py-2 text-lg group-has-[input[name=coverFee]:checked]/donate:flex">
            <dt className="font-semibold">You pay</dt>
            <dd className="font-semibold">{`${formatPence(total.totalPence)}${each}`}</dd>
          </div>
          <div className="hidden justify-between gap-4 py-2 text-pine group-has-[input[name=giftAid]:checked]/donate:flex">
            <dt>Gift Aid adds, at no cost to you</dt>
            <dd className="font-semibold">{`${formatPence(total.giftAidPence)}${each}`}</dd>
          </div>
        </dl>
      ) : (
        <p className="mt-3 text-ink-soft">Choose a gift above to see your total.</p>
      )}
    </section>
  );
}
