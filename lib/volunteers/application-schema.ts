import { z } from "zod";
import { email, fieldErrorsOf, isTicked, lines, oneLine as oneLineRule, tidy } from "@/lib/forms/fields";
import { VolunteerLanguage, VolunteerPlace } from "@/lib/generated/prisma/enums";
import { MAX_DAYS_AHEAD, MAX_NOTE_LENGTH, MAX_SPAN_DAYS } from "./application-limits";
import { formatCount } from "@/lib/format/money";

/*
 * The volunteer application at the boundary. Everything arrives as text (the languages as a list,
 * checkboxes as "on" or not at all); what leaves is a clean application. Every field's problem is
 * reported at once, under the field's own name, in words the applicant reads beside the field.
 */

export { MAX_DAYS_AHEAD, MAX_NOTE_LENGTH, MAX_SPAN_DAYS, volunteerLimits } from "./application-limits";

export const volunteerFormMessages = {
  nameMissing: "Enter your name",
  nameTooLong: "Your name must be 100 characters or fewer",
  oneLine: "Please keep this to one line",
  emailMissing: "Enter your email address",
  emailTooLong: "That address is too long: email addresses have at most 254 characters",
  emailFormat: "Enter an email address in the form name@example.org",
  emailOneLine: "Enter a single email address on one line",
  phone: "Enter a phone number using digits, spaces and a + for the country code, like 07700 900123 or +33 6 12 34 56 78",
  phoneTooLong: "That number is too long: enter one phone number, at most 30 characters",
  place: "Choose where you would like to volunteer",
  fromMissing: "Enter the first day you could start",
  fromFormat: "Enter the first day as a real date, like 15/01/2027",
  fromPast: "The first day can’t be in the past",
  fromTooFar: "We plan up to a year ahead: choose a first day within the next 12 months",
  toMissing: "Enter the last day you could help",
  toFormat: "Enter the last day as a real date, like 22/01/2027",
  toBeforeFrom: "The last day can’t be before the first day",
  toTooLong: "One application covers up to six months: choose a last day within six months of the first, and tell us in the note if you could stay longer",
  twoDaysAbroad: "In France and Belgium we ask for at least two days in a row: choose a last day after the first",
  languages: "Choose languages from the list",
  otherMissing: "Tell us which other languages you speak",
  otherTooLong: "Please keep this to 100 characters or fewer",
  licence: "Tell us whether you have a full driving licence",
  van: "Tell us whether you could drive a van",
  adult: "Please confirm you are 18 or over: our volunteers must be adults",
  noteCharacters: "Please remove the unusual characters from your note",
  noteTooLong: `Please keep your note to ${formatCount(MAX_NOTE_LENGTH)} characters or fewer`,
} as const;

const M = volunteerFormMessages;

export type VolunteerApplicationInput = {
  name: string;
  /** Lower-cased and trimmed. */
  email: string;
  phone: string | null;
  place: VolunteerPlace;
  /** Calendar days, "2027-01-15". */
  availableFrom: string;
  availableTo: string;
  languages: VolunteerLanguage[];
  /** Only when OTHER is among the languages. */
  otherLanguages: string | null;
  drivingLicence: boolean;
  canDriveVan: boolean;
  note: string;
};

// ---------------------------------------------------------------------------------------------
// Calendar days, as "YYYY-MM-DD" strings, with whole-day arithmetic in UTC (no clock, no zone).

const DAY_MS = 86_400_000;

/** "2027-01-15" or "15/01/2027" (what people type where there is no date picker) → "2027-01-15"; null if no such day. */
export function parseCalendarDay(typed: string): string | null {
  const value = typed.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // Date.UTC rolls 31 February over into March: a real day reads back the same.
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return date.toISOString().slice(0, 10);
}

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

// ---------------------------------------------------------------------------------------------
// Fields. Each takes the text as typed ("" when the field was absent).

const oneLine = oneLineRule(M.oneLine);

const nameField = oneLine.transform(tidy).pipe(z.string().min(1, M.nameMissing).max(100, M.nameTooLong));

const emailField = email({ missing: M.emailMissing, tooLong: M.emailTooLong, oneLine: M.emailOneLine, format: M.emailFormat });

/**
 * Light on purpose: UK or international, with the spacing and punctuation people use. Digits,
 * spaces, dots, hyphens and brackets, an optional + at the start, and 7 to 15 digits (E.164's
 * longest) once an international 00 is set aside.
 */
const phoneField = oneLine
  .transform(tidy)
  .pipe(z.string().max(30, M.phoneTooLong))
  .refine((v) => {
    if (v === "") return true;
    if (!/^\+?[\d\s().-]+$/.test(v)) return false;
    const digits = v.replace(/\D/g, "").replace(/^00/, "");
    return digits.length >= 7 && digits.length <= 15;
  }, M.phone)
  .transform((v) => (v === "" ? null : v));

const placeField = z.enum(VolunteerPlace, { error: M.place });

const dayField = (missing: string, format: string) =>
  z.string().transform((value, ctx) => {
    if (value.trim() === "") {
      ctx.addIssue({ code: "custom", message: missing });
      return z.NEVER;
    }
    const day = parseCalendarDay(value);
    if (!day) {
      ctx.addIssue({ code: "custom", message: format });
      return z.NEVER;
    }
    return day;
  });

const languagesField = z.array(z.enum(VolunteerLanguage, { error: M.languages })).transform((list) => [...new Set(list)]);

const otherField = oneLine.transform(tidy).pipe(z.string().min(1, M.otherMissing).max(100, M.otherTooLong));

const yesNo = (message: string) => z.enum(["yes", "no"], { error: message }).transform((v) => v === "yes");

const noteField = lines(M.noteCharacters).pipe(z.string().max(MAX_NOTE_LENGTH, M.noteTooLong));

// ---------------------------------------------------------------------------------------------
// The whole form.

export type VolunteerFormFields = Record<string, string | string[] | undefined>;

/**
 * The application, checked against `today` (the applicant's calendar day, "YYYY-MM-DD"): dates
 * not in the past, the last not before the first, within six months of it, at least two days
 * abroad; another language named when "another language" is ticked; a van only with a licence.
 */
export function volunteerApplicationSchema(today: string) {
  return z.record(z.string(), z.union([z.string(), z.array(z.string()), z.undefined()])).transform((input, ctx): VolunteerApplicationInput => {
    const text = (name: string): string => {
      const value = Object.hasOwn(input, name) ? input[name] : undefined;
      return typeof value === "string" ? value : Array.isArray(value) ? (value[0] ?? "") : "";
    };
    const list = (name: string): string[] => {
      const value = Object.hasOwn(input, name) ? input[name] : undefined;
      return Array.isArray(value) ? value : typeof value === "string" && value !== "" ? [value] : [];
    };
    let valid = true;
    const fail = (field: string, message: string) => {
      valid = false;
      ctx.addIssue({ code: "custom", message, path: [field] });
    };
    const take = <S extends z.ZodType>(field: string, schema: S, value: unknown): z.output<S> | undefined => {
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      fail(field, result.error.issues[0]?.message ?? M.oneLine);
      return undefined;
    };

    const name = take("name", nameField, text("name"));
    const email = take("email", emailField, text("email"));
    const phone = take("phone", phoneField, text("phone"));
    const place = take("place", placeField, text("place"));

    const availableFrom = take("availableFrom", dayField(M.fromMissing, M.fromFormat), text("availableFrom"));
    const availableTo = take("availableTo", dayField(M.toMissing, M.toFormat), text("availableTo"));
    if (availableFrom !== undefined) {
      if (daysBetween(today, availableFrom) < 0) fail("availableFrom", M.fromPast);
      else if (daysBetween(today, availableFrom) > MAX_DAYS_AHEAD) fail("availableFrom", M.fromTooFar);
    }
    if (availableFrom !== undefined && availableTo !== undefined) {
      const span = daysBetween(availableFrom, availableTo);
      if (span < 0) fail("availableTo", M.toBeforeFrom);
      else if (span > MAX_SPAN_DAYS) fail("availableTo", M.toTooLong);
      else if (span === 0 && place !== undefined && place !== VolunteerPlace.UK) fail("availableTo", M.twoDaysAbroad);
    }

    const languages = take("languages", languagesField, list("languages"));
    const otherLanguages = languages?.includes(VolunteerLanguage.OTHER) ? take("otherLanguages", otherField, text("otherLanguages")) : null;

    const drivingLicence = take("drivingLicence", yesNo(M.licence), text("drivingLicence"));
    // Without a licence the van question is hidden and its answer, if any, means nothing.
    const canDriveVan = drivingLicence ? take("canDriveVan", yesNo(M.van), text("canDriveVan")) : false;

    if (!isTicked(text("adult"))) fail("adult", M.adult);
    const note = take("note", noteField, text("note"));

    if (
      !valid ||
      name === undefined ||
      email === undefined ||
      phone === undefined ||
      place === undefined ||
      availableFrom === undefined ||
      availableTo === undefined ||
      languages === undefined ||
      otherLanguages === undefined ||
      drivingLicence === undefined ||
      canDriveVan === undefined ||
      note === undefined
    ) {
      return z.NEVER;
    }
    return { name, email, phone, place, availableFrom, availableTo, languages, otherLanguages, drivingLicence, canDriveVan, note };
  });
}

export type VolunteerFormResult =
  { ok: true; data: VolunteerApplicationInput } | { ok: false; fieldErrors: Record<string, string>; values: Record<string, string> };

/** What was typed, as the form shows it again: the ticked languages joined by commas. */
export function typedValues(fields: VolunteerFormFields): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (name === "website") continue;
    if (Array.isArray(value)) values[name] = value.join(",").slice(0, 500);
    else if (typeof value === "string") values[name] = value.slice(0, name === "note" ? MAX_NOTE_LENGTH + 500 : 500);
  }
  return values;
}

/** The form's fields from a submission: every value as text, the languages as a list. */
export function volunteerFields(form: FormData): VolunteerFormFields {
  const fields: VolunteerFormFields = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || name.startsWith("$") || name === "languages") continue;
    fields[name] ??= value;
  }
  fields.languages = form
    .getAll("languages")
    .filter((v): v is string => typeof v === "string")
    .slice(0, 20);
  return fields;
}

/** Checks a submission against `today`; on failure, the first message for each field and everything as typed. */
export function parseVolunteerApplication(fields: VolunteerFormFields, today: string): VolunteerFormResult {
  const result = volunteerApplicationSchema(today).safeParse(fields);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, fieldErrors: fieldErrorsOf(result.error), values: typedValues(fields) };
}
