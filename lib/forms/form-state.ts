/**
 * What a form's server action answers: a message for the person, errors beside the fields they
 * belong to, and what was typed, so nothing is lost when the page re-renders (with or without
 * JavaScript).
 */
export type FormState<Outcome extends string = string> = {
  status: "idle" | "success" | "error";
  outcome?: Outcome;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

export const idleState: FormState = { status: "idle" };

/** The name of a public form's honeypot field (components/forms/honeypot-field.tsx, lib/forms/public-action.ts). */
export const HONEYPOT_FIELD = "website";

/** The first message for each field from a zod error's flattened form. */
export function firstErrors(fieldErrors: Record<string, string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, messages] of Object.entries(fieldErrors)) if (messages?.[0]) out[field] = messages[0];
  return out;
}

const UNTICKED = new Set(["", "off", "false", "0", "no"]);

/** A checkbox is ticked when it is sent at all ("on", or whatever value the markup gives it), unless its value says no. */
export const isTicked = (value: string | undefined) => value !== undefined && !UNTICKED.has(value.trim().toLowerCase());
