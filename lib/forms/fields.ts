import { z } from "zod";
import { parsePoundsToPence, type AmountBounds } from "./amount";
import { isTicked } from "./form-state";
import { EMAIL_MAX } from "./length-limit";

// The rules every form's fields share, each written once. A form's schema (lib/<domain>/*-schema.ts)
// builds its fields from these and says only what is its own: the limits and the words.

// ---------------------------------------------------------------------------------------------
// Text

/**
 * Control characters: the C0 set (a tab aside), DEL and the C1 set, and the Unicode line and
 * paragraph separators. In a name or an address they could split an email header or a CSV row;
 * a person never means to type them. `lineBreaks` lets CR and LF through (a note, a post's body).
 */
export function hasControlCharacter(value: string, { lineBreaks = false }: { lineBreaks?: boolean } = {}): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x09 || (lineBreaks && (code === 0x0a || code === 0x0d))) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

export const ONE_LINE = "Please keep this to one line";

/** Text with no control character: one line, whatever else it is (the one meaning of "one line"). */
export const oneLine = (message: string = ONE_LINE) => z.string().refine((value) => !hasControlCharacter(value), { message, abort: true });

/** Text of several lines: line breaks allowed, written as "\n" (a browser sends CR LF), trimmed; no other control character. */
export const lines = (message: string) =>
  z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .refine((value) => !hasControlCharacter(value, { lineBreaks: true }), message);

/** Trimmed, with runs of spaces (and tabs) inside made single. */
export const tidy = (value: string) => value.trim().replace(/\s+/g, " ");

/** One line, tidied, with at least one character and at most `max`. */
export const requiredLine = (max: number, messages: { missing: string; tooLong: string; oneLine?: string }) =>
  oneLine(messages.oneLine).transform(tidy).pipe(z.string().min(1, messages.missing).max(max, messages.tooLong));

// ---------------------------------------------------------------------------------------------
// Email

export const emailMessages = {
  missing: "Enter your email address",
  tooLong: `That address is too long: email addresses have at most ${EMAIL_MAX} characters`,
  oneLine: "Enter a single email address on one line",
  format: "Enter an email address in the form name@example.org",
} as const;

/** One email address, trimmed and lower-cased; one line (nothing to split a header with) of at most 254 characters. */
export const email = (messages: Partial<Record<keyof typeof emailMessages, string>> = {}) => {
  const m = { ...emailMessages, ...messages };
  return z
    .string({ error: m.missing })
    .trim()
    .min(1, m.missing)
    .max(EMAIL_MAX, m.tooLong)
    .refine((value) => !hasControlCharacter(value), { message: m.oneLine, abort: true })
    .pipe(z.email(m.format))
    .transform((value) => value.toLowerCase());
};

// ---------------------------------------------------------------------------------------------
// Checkboxes

// isTicked lives in form-state.ts, which the form kit reads in the browser without zod.
export { isTicked };

/** A checkbox: an unticked box is not sent at all, so a missing field is `false`. */
export const checkbox = () => z.string().optional().transform(isTicked);

// ---------------------------------------------------------------------------------------------
// Money

/**
 * An amount typed in pounds ("25", "£1,000", "12.50"), as integer pence between `min` and `max`
 * (lib/forms/amount.ts, which the donate form's running total also uses in the browser).
 */
export const money = (bounds: AmountBounds) =>
  z.string().transform((value, ctx) => {
    const result = parsePoundsToPence(value, bounds);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.message });
      return z.NEVER;
    }
    return result.pence;
  });

// ---------------------------------------------------------------------------------------------
// Answers

/** The first message for each field, by the field's name (a problem with the whole form under "form"). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = typeof issue.path[0] === "string" ? issue.path[0] : "form";
    errors[field] ??= issue.message;
  }
  return errors;
}
