// Pounds and counts, written out by hand rather than with Intl.NumberFormat. The first use of Intl
// in a browser tab loads its locale data: 30–200 ms of main thread on a two-core desktop, four
// times that on a phone, and the donate form and the progress widget format figures while they
// hydrate (docs/performance.md, "The scripts"). en-GB is the only locale the site writes, and
// for whole numbers its rules are three lines; a unit test holds the output to Intl's.

/** A number with its whole part's digits in threes from the right, a minus sign first: 1234567 → "1,234,567". */
export function formatCount(n: number): string {
  const [whole = "", fraction] = String(Math.abs(n)).split(".");
  const digits = whole.replace(/\B(?=(\d{3})+$)/g, ",") + (fraction ? `.${fraction}` : "");
  return n < 0 ? `-${digits}` : digits;
}

/** Integer pence to "£25" or "£12.50": whole pounds drop their pence; a negative sum reads "-£5". */
export function formatPence(pence: number): string {
  const rounded = Math.round(pence);
  const sign = rounded < 0 ? "-" : "";
  const abs = Math.abs(rounded);
  const pounds = formatCount(Math.floor(abs / 100));
  const rest = abs % 100;
  return rest === 0 ? `${sign}£${pounds}` : `${sign}£${pounds}.${String(rest).padStart(2, "0")}`;
}
