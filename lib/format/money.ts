const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
const gbpWhole = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

/** Integer pence to "£25" or "£12.50": whole pounds drop their pence. */
export function formatPence(pence: number): string {
  return pence % 100 === 0 ? gbpWhole.format(pence / 100) : gbp.format(pence / 100);
}

const count = new Intl.NumberFormat("en-GB");

/** 3000 → "3,000". */
export function formatCount(n: number): string {
  return count.format(n);
}
