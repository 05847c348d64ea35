import { z } from "zod";

/*
 * The UK postcode format (BS 7666, as Royal Mail and HMRC use it). The outward code is one of
 * A9, A99, A9A, AA9, AA99, AA9A; the inward code is a digit and two letters. Some letters never
 * appear in some positions:
 *   1st letter: not Q, V or X
 *   2nd letter: not I, J or Z
 *   3rd position (A9A): only A B C D E F G H J K P S T U W
 *   4th position (AA9A): only A B E H M N P R V W X Y
 *   inward letters: not C, I, K, M, O or V
 * "GIR 0AA" (Girobank) is the one historical exception still accepted. BFPO numbers, overseas
 * territories' codes (ASCN 1ZZ and the like) and anything else are not UK postcodes here.
 */
const FIRST = "[ABCDEFGHIJKLMNOPRSTUWYZ]";
const SECOND = "[ABCDEFGHKLMNOPQRSTUVWXY]";
const THIRD = "[ABCDEFGHJKPSTUW]";
const FOURTH = "[ABEHMNPRVWXY]";
const INWARD = "[0-9][ABDEFGHJLNPQRSTUWXYZ]{2}";
const OUTWARD = `${FIRST}[0-9]{1,2}|${FIRST}[0-9]${THIRD}|${FIRST}${SECOND}[0-9]{1,2}|${FIRST}${SECOND}[0-9]${FOURTH}`;

const POSTCODE = new RegExp(`^(?:(?:${OUTWARD})${INWARD}|GIR0AA)$`);

/** Line breaks are never part of a postcode: "CT16\n1AA" is refused, not glued together. */
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;

/** The longest postcode, without its space, has 7 characters. */
const MAX_COMPACT_LENGTH = 7;

/**
 * " sw1a  1aa " → "SW1A 1AA", "ct161aa" → "CT16 1AA": trimmed, upper case, with one space before
 * the inward code. Null for anything that is not a UK postcode.
 */
export function normaliseUkPostcode(input: string): string | null {
  if (typeof input !== "string" || LINE_BREAK.test(input)) return null;
  const compact = input.replace(/\s+/g, "").toUpperCase();
  if (compact.length > MAX_COMPACT_LENGTH || !POSTCODE.test(compact)) return null;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/** The one example postcode every hint and message gives, so a form never offers two. */
export const EXAMPLE_POSTCODE = "CT16 1AA";

export const UK_POSTCODE_MESSAGE = `Enter a UK postcode, like ${EXAMPLE_POSTCODE}`;

/** A postcode field: parses to the normalised form ("CT16 1AA"), or fails with a message for the donor. */
export const ukPostcodeSchema = z.string({ error: UK_POSTCODE_MESSAGE }).transform((value, ctx) => {
  const postcode = normaliseUkPostcode(value);
  if (postcode === null) {
    ctx.addIssue({ code: "custom", message: UK_POSTCODE_MESSAGE });
    return z.NEVER;
  }
  return postcode;
});
