// Amounts of money as people type them, without zod: the donate form's running total uses this
// in the browser, and lib/forms/fields.ts (`money`) at the boundary.

export type AmountResult = { ok: true; pence: number } | { ok: false; message: string };

/** What a person is told about an amount they typed: none, not money, too many decimals, out of bounds. */
export type AmountMessages = { missing: string; format: string; decimals: string; tooSmall: string; tooBig: string };

export type AmountBounds = { min: number; max: number; messages: AmountMessages };

/**
 * Pounds as typed to integer pence, between `min` and `max`, by string arithmetic (no floating
 * point): "25" → 2500, "£1,000" → 100000, " 12.5 " → 1250; "1.005", "-5", "abc" refused.
 */
export function parsePoundsToPence(input: string, bounds: AmountBounds): AmountResult {
  const { min, max, messages } = bounds;
  const fail = (message: string): AmountResult => ({ ok: false, message });
  const typed = input.trim();
  if (typed === "") return fail(messages.missing);
  const unsigned = typed.replace(/^£\s*/, "");
  // "-5", "-£5", "£-5", and the Unicode minus and dashes people paste.
  if (/^[-\u2212\u2012\u2013\u2014]/.test(unsigned)) return fail(messages.tooSmall);
  // Whole pounds, with or without thousands commas ("1000", "1,000" but not "10,00"), then
  // optionally a point and the pence.
  const match = /^(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/.exec(unsigned);
  if (!match) return fail(messages.format);
  const pounds = (match[1] ?? "").replaceAll(",", "").replace(/^0+(?=\d)/, "");
  const pence = match[2] ?? "";
  if (pence.length > 2) return fail(messages.decimals);
  // Nine digits of pounds is already far over any limit; stopping here keeps every number exact.
  if (pounds.length > 9) return fail(messages.tooBig);
  const total = Number(pounds) * 100 + Number(pence.padEnd(2, "0"));
  if (total < min) return fail(messages.tooSmall);
  if (total > max) return fail(messages.tooBig);
  return { ok: true, pence: total };
}
