// The donation form's messages, limits and amount parser, without zod, for
// lib/donations/checkout/donation-form-schema.ts at the boundary. The bounds themselves are in
// gift-bounds.ts, which the donate form's running total reads in the browser.

import { formatCount, formatPence } from "@/lib/format/money";
import { parsePoundsToPence, type AmountBounds, type AmountResult } from "@/lib/forms/amount";
import { MINUTE, rateLimit, type FormLimits } from "@/lib/rate-limit/rate-limit";
import { MAX_GIFT_PENCE, MAX_QUANTITY, MIN_GIFT_PENCE, MIN_QUANTITY } from "./gift-bounds";

/** Donation attempts (each starts a Checkout Session): per connection (lib/forms/public-action.ts). */
export const donationFormLimits = {
  perConnection: rateLimit("donation attempts", 20, 10 * MINUTE),
} as const satisfies FormLimits;

export { MAX_GIFT_PENCE, MAX_QUANTITY, MIN_GIFT_PENCE, MIN_QUANTITY } from "./gift-bounds";

export const donationFormMessages = {
  gift: "Choose what you'd like to give",
  quantity: `Choose how many, from ${MIN_QUANTITY} to ${MAX_QUANTITY}`,
  amountMissing: "Enter how much you'd like to give, in pounds",
  amountFormat: "Enter an amount in pounds, like 25 or 12.50",
  amountDecimals: "Enter pounds and pence with no more than 2 numbers after the point, like 12.50",
  amountTooSmall: `Give at least £${MIN_GIFT_PENCE / 100}`,
  amountTooBig: `For gifts over £${formatCount(MAX_GIFT_PENCE / 100)} please contact us, and we'll be glad to help`,
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

/**
 * A coat or pack chosen, and an amount of the donor's own typed as well: the form shows both, so
 * which one they meant is asked, never guessed (with script, typing an amount chooses "An amount
 * you choose" as they type, so only a donor who then picks coats again, or posts without script,
 * sees this). `typed` is the amount field as sent; named in pounds when it reads as an amount.
 */
export function giftOrAmountMessage(gift: "coat" | "pack", typed: string): string {
  // Named as typed even when out of bounds ("£1"): choosing an amount then says what is wrong with it.
  const amount = parseAmountPence(typed, { ...donorAmount, min: 1, max: Number.MAX_SAFE_INTEGER });
  const own = amount.ok ? formatPence(amount.pence) : "an amount of your own";
  const thing = gift === "coat" ? { one: "a winter coat", many: "coats" } : { one: "a clothing pack", many: "packs" };
  return `You chose ${thing.one} and also typed ${own}: which did you mean? To give ${own}, choose “An amount you choose”; to give ${thing.many}, clear the amount`;
}

// ---------------------------------------------------------------------------------------------
// Amounts: pounds as typed to integer pence (lib/forms/amount.ts).

const donorAmount: AmountBounds = {
  min: MIN_GIFT_PENCE,
  max: MAX_GIFT_PENCE,
  messages: { missing: M.amountMissing, format: M.amountFormat, decimals: M.amountDecimals, tooSmall: M.amountTooSmall, tooBig: M.amountTooBig },
};

/** A donor's own amount: "25" → 2500, "£1,000" → 100000, " 12.5 " → 1250; "1.005", "-5", "abc", "1.99", "10000.01" refused. */
export const parseAmountPence = (input: string, bounds: AmountBounds = donorAmount): AmountResult => parsePoundsToPence(input, bounds);
