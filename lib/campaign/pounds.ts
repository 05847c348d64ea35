/**
 * Pounds as staff type them ("25", "25.00", "£12.50", "1,000") to integer pence; null when the
 * text is not an amount of money. At most two decimal places: "12.505" is a typo, not a price.
 */
export function parsePounds(text: string): number | null {
  const match = /^£?\s*(\d{1,3}(?:,\d{3})+|\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match?.[1]) return null;
  const pounds = Number(match[1].replace(/,/g, ""));
  const pence = Number((match[2] ?? "").padEnd(2, "0"));
  return pounds * 100 + pence;
}

/** Integer pence back into a form field: "25" for whole pounds, "12.50" otherwise. */
export function poundsForInput(pence: number): string {
  return pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);
}

/** A count as staff type it ("3000" or "3,000") to a whole number; null when it is not one. */
export function parseWholeNumber(text: string): number | null {
  const match = /^(\d{1,3}(?:,\d{3})+|\d{1,9})$/.exec(text.trim());
  return match?.[1] ? Number(match[1].replace(/,/g, "")) : null;
}
