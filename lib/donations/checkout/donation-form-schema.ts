import { z } from "zod";
import { DRIVE_SLUG } from "@/lib/coat-drives/slug";
import { ukPostcodeSchema } from "@/lib/geocode/normalise-uk-postcode";
import { checkbox, fieldErrorsOf, isTicked, money, oneLine, requiredLine, tidy } from "@/lib/forms/fields";
import { donationFormMessages, giftOrAmountMessage, MAX_GIFT_PENCE, MAX_QUANTITY, MIN_GIFT_PENCE, MIN_QUANTITY } from "./parse-amount";

/*
 * The donation form at the boundary. Everything arrives as a string (checkboxes as "on", or not at
 * all); what leaves is a normalised gift: a number of coats or packs, or an amount in whole pence,
 * and, when the donor ticks Gift Aid, their declaration details. The messages are what the donor
 * reads beside the field.
 */

export {
  donationFormLimits,
  donationFormMessages,
  giftOrAmountMessage,
  MAX_GIFT_PENCE,
  MAX_QUANTITY,
  MIN_GIFT_PENCE,
  MIN_QUANTITY,
  parseAmountPence,
} from "./parse-amount";

const M = donationFormMessages;

// ---------------------------------------------------------------------------------------------
// Field schemas. Each takes the string as typed ("" when the field was absent).

const requiredText = (max: number, missing: string, tooLong: string) => requiredLine(max, { missing, tooLong, oneLine: M.oneLine });

const giftField = z.enum(["coat", "pack", "custom"], { error: M.gift });

const quantityField = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, M.quantity)
  .transform(Number)
  .pipe(z.number().int().min(MIN_QUANTITY, M.quantity).max(MAX_QUANTITY, M.quantity));

const amountField = money({
  min: MIN_GIFT_PENCE,
  max: MAX_GIFT_PENCE,
  messages: { missing: M.amountMissing, format: M.amountFormat, decimals: M.amountDecimals, tooSmall: M.amountTooSmall, tooBig: M.amountTooBig },
});

const frequencyField = z
  .string()
  .optional()
  .transform((value) => value?.trim() || "once")
  .pipe(z.enum(["once", "monthly"], { error: M.frequency }));

/** HMRC's Gift Aid schedule takes a title of at most 4 characters. */
const titleField = oneLine(M.oneLine)
  .transform(tidy)
  .pipe(z.string().max(4, M.titleTooLong))
  .transform((value) => (value === "" ? undefined : value));

const firstNameField = requiredText(35, M.firstNameMissing, M.firstNameTooLong);
const lastNameField = requiredText(35, M.lastNameMissing, M.lastNameTooLong);
const houseField = requiredText(40, M.houseMissing, M.houseTooLong);
const addressField = requiredText(100, M.addressMissing, M.addressTooLong);
const postcodeField = oneLine(M.oneLine).pipe(ukPostcodeSchema);
const scopeField = z.enum(["THIS_DONATION", "ENDURING"], { error: M.giftAidScope });
const confirmField = checkbox().refine((ticked) => ticked, { message: M.giftAidConfirm });

const attemptField = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, M.attempt);
// ── Coat drives (issue #18) ──
const driveField = z.string().regex(DRIVE_SLUG, "That coat drive’s address isn’t one we know. Go back to the drive’s page and press Donate again.");
// ── end coat drives ──

// ---------------------------------------------------------------------------------------------
// The whole form.

export type GiftChoice = { gift: "coat" | "pack"; quantity: number } | { gift: "custom"; amountPence: number };

export type GiftAidDetails = {
  title?: string;
  firstName: string;
  lastName: string;
  houseNameOrNumber: string;
  addressLine: string;
  /** Normalised: "CT16 1AA". */
  postcode: string;
  scope: "THIS_DONATION" | "ENDURING";
};

type DonationFormOutput = GiftChoice & {
  frequency: "once" | "monthly";
  coverFee: boolean;
  anonymous: boolean;
  emailConsent: boolean;
  /** Null unless the donor ticked Gift Aid; then every detail is present and valid. */
  giftAid: GiftAidDetails | null;
  attempt: string;
  // ── Coat drives (issue #18) ──
  /** The address of the coat drive the gift is made through (checked against live drives by the action), or null. */
  drive: string | null;
  /** The donor agreed to show the amount of their gift on the drive's page. */
  showAmountOnDrive: boolean;
  // ── end coat drives ──
};

/**
 * Takes the form's fields by name (strings; absent checkboxes simply missing) and gives the
 * normalised donation. Every field's problem is reported at once, on the field's own name.
 */
export const donationFormSchema = z.record(z.string(), z.unknown()).transform((input, ctx): DonationFormOutput => {
  const sent = (name: string): string | undefined => {
    const value = Object.hasOwn(input, name) ? input[name] : undefined;
    return typeof value === "string" ? value : undefined;
  };
  const typed = (name: string): string => sent(name) ?? "";

  let valid = true;
  const take = <S extends z.ZodType>(name: string, schema: S, value: unknown): z.output<S> | undefined => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    valid = false;
    ctx.addIssue({ code: "custom", message: result.error.issues[0]?.message ?? M.oneLine, path: [name] });
    return undefined;
  };

  let choice: GiftChoice | undefined;
  const gift = take("gift", giftField, typed("gift"));
  if (gift === "coat" || gift === "pack") {
    const quantity = take("quantity", quantityField, typed("quantity"));
    if (typed("amount").trim() !== "") {
      // Coats chosen and an amount typed: asked, never charged as either (giftOrAmountMessage).
      valid = false;
      ctx.addIssue({ code: "custom", message: giftOrAmountMessage(gift, typed("amount")), path: ["gift"] });
    } else if (quantity !== undefined) choice = { gift, quantity };
  } else if (gift === "custom") {
    const amountPence = take("amount", amountField, typed("amount"));
    if (amountPence !== undefined) choice = { gift, amountPence };
  }

  const frequency = take("frequency", frequencyField, sent("frequency"));
  const coverFee = isTicked(sent("coverFee"));
  const anonymous = isTicked(sent("anonymous"));
  const emailConsent = isTicked(sent("emailConsent"));

  let giftAid: GiftAidDetails | null = null;
  if (isTicked(sent("giftAid"))) {
    const title = take("title", titleField, typed("title"));
    const firstName = take("firstName", firstNameField, typed("firstName"));
    const lastName = take("lastName", lastNameField, typed("lastName"));
    const houseNameOrNumber = take("houseNameOrNumber", houseField, typed("houseNameOrNumber"));
    const addressLine = take("addressLine", addressField, typed("addressLine"));
    const postcode = take("postcode", postcodeField, typed("postcode"));
    let scope = take("giftAidScope", scopeField, typed("giftAidScope"));
    // Gift Aid on a monthly gift covers every month's payment, so it needs the declaration that
    // covers future donations: "this donation only" would cover the first month alone.
    if (scope === "THIS_DONATION" && frequency === "monthly") {
      valid = false;
      ctx.addIssue({ code: "custom", message: M.monthlyNeedsEnduring, path: ["giftAidScope"] });
      scope = undefined;
    }
    const confirmed = take("giftAidConfirm", confirmField, sent("giftAidConfirm"));
    if (firstName && lastName && houseNameOrNumber && addressLine && postcode && scope && confirmed) {
      giftAid = {
        ...(title === undefined ? {} : { title }),
        firstName,
        lastName,
        houseNameOrNumber,
        addressLine,
        postcode,
        scope,
      };
    }
  }

  const attempt = take("attempt", attemptField, typed("attempt"));
  // ── Coat drives (issue #18) ──
  const drive = typed("drive") === "" ? null : (take("drive", driveField, typed("drive")) ?? null);
  const showAmountOnDrive = drive !== null && isTicked(sent("showAmountOnDrive"));
  // ── end coat drives ──

  if (!valid || choice === undefined || frequency === undefined || attempt === undefined) return z.NEVER;
  return { ...choice, frequency, coverFee, anonymous, emailConsent, giftAid, attempt, drive, showAmountOnDrive };
});

export type DonationForm = z.infer<typeof donationFormSchema>;

export type DonationFormResult = { ok: true; data: DonationForm } | { ok: false; fieldErrors: Record<string, string>; values: Record<string, string> };

/**
 * Parses a submitted form. On failure: the first message for each field, keyed by the field's
 * name, and every string field exactly as typed, so the page can show it again.
 */
export function parseDonationForm(form: FormData | Record<string, string>): DonationFormResult {
  const entries: [string, string][] = [];
  const seen = new Set<string>();
  const pairs: Iterable<[string, unknown]> = form instanceof FormData ? form.entries() : Object.entries(form);
  for (const [name, value] of pairs) {
    // Like FormData.get: the first value of a repeated name counts. Files are not form text.
    if (typeof value !== "string" || seen.has(name)) continue;
    seen.add(name);
    entries.push([name, value]);
  }
  const values: Record<string, string> = Object.fromEntries(entries);

  const result = donationFormSchema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };

  return { ok: false, fieldErrors: fieldErrorsOf(result.error), values: Object.fromEntries(entries) };
}
