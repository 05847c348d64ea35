// The donation form's bounds alone: the donate form's running total (gift-total.ts) reads them in
// the browser, where the messages and limits of parse-amount.ts would be code it never runs.

export const MIN_QUANTITY = 1;
export const MAX_QUANTITY = 20;
/** £2: the smallest custom gift. */
export const MIN_GIFT_PENCE = 200;
/** £10,000: larger gifts are arranged with the charity directly. */
export const MAX_GIFT_PENCE = 1_000_000;
