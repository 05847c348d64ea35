// The donation form's bounds, messages and amount parser, without zod: the donate form's running
// total uses them in the browser, and lib/donations/donation-form-schema.ts at the boundary.

import { MINUTE, rateLimit, type FormLimits } from "@/lib/rate-limit/rate-limit";

/** Donation attempts (each starts a Checkout Session): per connection (lib/forms/public-action.ts). */
export const donationFormLimits = {
  perConnection: rateLimit("donation attempts", 20, 10 * MINUTE),
} as const satisfies FormLimits;

export const MIN_QUANTITY = 1;
export const MAX_QUANTITY = 20;
/** £2: the smallest custom gift. */
export const MIN_GIFT_PENCE = 200;
/** £10,000: larger gifts are arranged with the charity directly. */
export const MAX_GIFT_PENCE = 1_000_000;

export const donationFormMessages = {
  gift: "Choose what you'd like to give",
  quantity: `Choose how many, from ${MIN_QUANTITY} to ${MAX_QUANTITY}`,
  amountMissing: "Enter how much you'd like to give, in pounds",
  amountFormat: "Enter an amount in pounds, like 25 or 12.50",
  amountDecimals: "Enter pounds and pence with no more than 2 numbers after the point, like 12.50",
  amountTooSmall: `Give at least £${MIN_GIFT_PENCE / 100}`,
  amountTooBig: `For gifts over £${(MAX_GIFT_PENCE / 100).toLocaleString("en-GB")} please contact us, and we'll be glad to help`,
  frequency: "Choose whether to give once or monthly",
  oneLine: "Please keep this to one line",
  titleTooLong: "Title must be 4 characters or fewer, like Mr, Mrs, Ms, Dr or Mx",
  firstNameMissing: "Enter your first name",
  firstNameTooLong: "First name must be 35 characters or fewer",
  lastNameMissing: "Enter your last name",
  lastNameTooLong: "Last name must be 35 characters or fewer",
  houseMissing: "Enter your house name or number",
  houseTooLong: "House name or number must be 40 characters or fewer",
  addressMissing: "Enter your address",
  addressTooLong: "Address must be 100 characters or fewer",
  giftAidScope: "Choose which donations you'd like to Gift Aid",
  monthlyNeedsEnduring: "For a monthly gift, choose the declaration that covers future donations, so Gift Aid applies every month",
  giftAidConfirm: "Please confirm you are a UK taxpayer and have read the declaration",
  attempt: "Something went wrong with the form. Please refresh the page and try again",
} as const;

const M = donationFormMessages;

// ---------------------------------------------------------------------------------------------
// Amounts: pounds as typed to integer pence, by string arithmetic (no floating point).

type AmountResult = { ok: true; pence: number } | { ok: false; message: string };

/** What a person is told about an amount they typed: none, not money, too many decimals, out of bounds. */
export type AmountMessages = { missing: string; format: string; decimals: string; tooSmall: string; tooBig: string };

const donorAmount = {
  min: MIN_GIFT_PENCE,
  max: MAX_GIFT_PENCE,
  messages: { missing: M.amountMissing, format: M.amountFormat, decimals: M.amountDecimals, tooSmall: M.amountTooSmall, tooBig: M.amountTooBig },
};

/**
 * Pounds as typed to integer pence, between `min` and `max` (a donor's gift by default):
 * "25" → 2500, "£1,000" → 100000, " 12.5 " → 1250; "1.005", "-5", "abc", "1.99", "10000.01" refused.
 */
export function parseAmountPence(input: string, bounds: { min: number; max: number; messages: AmountMessages } = donorAmount): AmountResult {
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
