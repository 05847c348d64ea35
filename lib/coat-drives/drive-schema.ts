import { z } from "zod";
import { email, lines, oneLine, requiredLine, tidy } from "@/lib/forms/fields";
import { CoatDriveKind } from "@/lib/generated/prisma/enums";
import { GOAL_MAX, GOAL_MIN, MAX_DAYS_AHEAD, NAME_MAX, ORGANISER_NAME_MAX, PHOTO_ALT_MAX, REPORT_MAX_COATS, REPORT_NOTE_MAX, STORY_MAX } from "./drive-limits";
import { formatCount } from "@/lib/format/money";

// The coat-drive forms' schemas: the start form, the organiser's and staff's edit, a report of
// coats collected. Every field says what is wrong in words, beside the field.

const whole = (min: number, max: number, messages: { missing: string; range: string }) =>
  z
    .string({ error: messages.missing })
    .trim()
    .min(1, messages.missing)
    .regex(/^\d{1,6}$/, messages.range)
    .transform(Number)
    .pipe(z.number().int().min(min, messages.range).max(max, messages.range));

const driveName = requiredLine(NAME_MAX, {
  missing: "Give your drive a name, such as “St Mary’s Primary coat drive”",
  tooLong: `Please keep the name to ${NAME_MAX} characters`,
});

const goal = whole(GOAL_MIN, GOAL_MAX, {
  missing: "Enter how many coats you hope to collect or fund",
  range: `Enter a whole number of coats from ${GOAL_MIN} to ${formatCount(GOAL_MAX)}`,
});

const story = lines("Please remove any unusual control characters from the story").pipe(
  z
    .string()
    .min(20, "Tell supporters a little about your drive: at least a sentence or two")
    .max(STORY_MAX, `Please keep the story to ${formatCount(STORY_MAX)} characters`),
);

const kind = z.enum(CoatDriveKind, { error: "Choose what kind of group is running the drive" });

/** An optional end date, as `YYYY-MM-DD`, from today (London) to a year ahead. */
const endsOn = (today: string) =>
  z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .pipe(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the end date as a date, such as 2027-01-31")
        // Date.parse rolls 30 February over into March: a real date reads back as itself.
        .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v, {
          message: "That date doesn’t exist",
          abort: true,
        })
        .refine((v) => v >= today, "The end date can’t be in the past")
        .refine((v) => v <= addDays(today, MAX_DAYS_AHEAD), "A drive can run for up to a year: choose an earlier end date")
        .nullable(),
    );

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The photo's description, for people who can't see it (required with a photo: lib/coat-drives/drive-photo.ts). */
const photoAlt = oneLine("Please keep the description to one line")
  .transform(tidy)
  .pipe(z.string().max(PHOTO_ALT_MAX, `Please keep the description to ${PHOTO_ALT_MAX} characters`))
  .optional()
  .default("");

/** What a drive says about itself: the start form, the organiser's edit and staff's edit share it. */
const driveFields = (today: string) => ({
  name: driveName,
  kind,
  goal,
  story,
  endsOn: endsOn(today).optional().default(null),
});

export const startDriveSchema = (today: string) =>
  z.object({
    organiserName: requiredLine(ORGANISER_NAME_MAX, { missing: "Enter your name", tooLong: `Please keep your name to ${ORGANISER_NAME_MAX} characters` }),
    email: email(),
    ...driveFields(today),
    photoAlt,
    agree: z.string({ error: "Please confirm you’ll run the drive as described" }).min(1, "Please confirm you’ll run the drive as described"),
  });

export type StartDriveInput = z.output<ReturnType<typeof startDriveSchema>>;

export const editDriveSchema = (today: string) =>
  z.object({
    ...driveFields(today),
    photoAlt,
    version: z.coerce.number().int().min(1),
  });

export type EditDriveInput = z.output<ReturnType<typeof editDriveSchema>>;

/** A saved drive as its edit form opens with it, on the organiser's private page and staff's alike. */
export function driveFormValues(drive: {
  name: string;
  kind: string;
  goalCoats: number;
  story: string;
  endsOn: Date | null;
  photoAlt: string | null;
  version: number;
}): Record<string, string> {
  return {
    name: drive.name,
    kind: drive.kind,
    goal: String(drive.goalCoats),
    story: drive.story,
    // A calendar date, stored at midnight UTC.
    endsOn: drive.endsOn ? drive.endsOn.toISOString().slice(0, 10) : "",
    photoAlt: drive.photoAlt ?? "",
    version: String(drive.version),
  };
}

export const reportCoatsSchema = z.object({
  coats: whole(1, REPORT_MAX_COATS, {
    missing: "Enter how many coats you collected",
    range: `Enter a whole number of coats from 1 to ${formatCount(REPORT_MAX_COATS)}`,
  }),
  note: lines("Please remove any unusual control characters from the note").pipe(
    z.string().max(REPORT_NOTE_MAX, `Please keep the note to ${REPORT_NOTE_MAX} characters`),
  ),
});

export type ReportCoatsInput = z.output<typeof reportCoatsSchema>;
