import { formatCount } from "@/lib/format/money";

export { EMAIL_MAX } from "./email-max";

/**
 * The message for text over its field's limit, naming the limit and how long the text is, for
 * zod's `.max(max, tooLong(...))`: "Keep the post to 100,000 characters or fewer: it has 123,456."
 * Text is never cut to fit: it is refused beside its field, and kept as typed.
 */
export function tooLong(what: string, max: number) {
  return {
    error: (issue: { input?: unknown }) =>
      `Keep ${what} to ${formatCount(max)} characters or fewer${typeof issue.input === "string" ? `: it has ${formatCount(issue.input.length)}` : ""}.`,
  };
}

/**
 * Line endings as the person sees them: a browser sends each line break in a textarea as CR LF,
 * which would count twice against a limit the editor shows once.
 */
export const plainLineEndings = (text: string) => text.replace(/\r\n?/g, "\n");
