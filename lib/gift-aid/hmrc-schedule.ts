import { normaliseUkPostcode } from "@/lib/geocode/normalise-uk-postcode";

/*
 * Rows of HMRC's Gift Aid schedule (the Charities Online spreadsheet), one per donation. Each
 * column's rule is one small function below, named after the column; docs/gift-aid.md lists
 * them with where each comes from, and tests/unit/hmrc-schedule.test.ts tests each one.
 *   Title                         hmrcTitle: at most 4 characters ("Prof", "Rev"), else left blank
 *   First name or initial         hmrcFirstName: one name or initial, at most 35 characters
 *   Last name                     hmrcLastName: at most 35 characters; a double-barrelled name
 *                                 with a space, not a hyphen ("House Martin", not "House-Martin")
 *   House name or number          hmrcHouseNameOrNumber: at most 40 characters
 *   Postcode                      hmrcPostcode: capitals with one space ("S19 2BD"); "X" when the
 *                                 address is outside the UK
 *   Aggregated donations          blank: every donation is claimed on its own row
 *   Sponsored event               blank: HMRC wants "Yes" only for sponsorship, which we never take
 *   Donation date (DD/MM/YY)      hmrcDonationDate: the day paid, in London time
 *   Amount                        hmrcAmount: pounds and pence, "25.00": no £, no commas
 * A schedule holds at most 1,000 rows (HMRC_ROWS_PER_SCHEDULE): claim-schedule.ts splits a claim.
 */

/** A donation with its donor's Gift Aid declaration: what one schedule row is made from. */
export type ClaimableDonation = {
  title: string | null;
  firstName: string;
  lastName: string;
  houseNameOrNumber: string;
  postcode: string;
  paidAt: Date;
  amountPence: number;
};

/** One row of the schedule, every cell as the text HMRC expects. */
export type HmrcRow = {
  title: string;
  firstName: string;
  lastName: string;
  houseNameOrNumber: string;
  postcode: string;
  aggregatedDonations: string;
  sponsored: string;
  donationDate: string;
  amount: string;
};

/** The schedule's columns, in HMRC's order, with HMRC's headers. */
export const HMRC_COLUMNS: readonly { key: keyof HmrcRow; header: string }[] = [
  { key: "title", header: "Title" },
  { key: "firstName", header: "First name or initial" },
  { key: "lastName", header: "Last name" },
  { key: "houseNameOrNumber", header: "House name or number" },
  { key: "postcode", header: "Postcode" },
  { key: "aggregatedDonations", header: "Aggregated donations" },
  { key: "sponsored", header: "Sponsored event" },
  { key: "donationDate", header: "Donation date (DD/MM/YY)" },
  { key: "amount", header: "Amount" },
];

const MAX_TITLE = 4;
const MAX_NAME = 35;
const MAX_HOUSE = 40;

/** HMRC's marker, in the postcode column, for an address outside the UK. */
const OVERSEAS_POSTCODE = "X";

/** Letters NFKD leaves whole (they are not a base letter plus a mark): their plain spellings. */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ß: "ss",
  ẞ: "SS",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ð: "d",
  Ð: "D",
  þ: "th",
  Þ: "TH",
  ı: "i",
};

const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4\u2032]/g;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;
const NOT_NAME_CHARACTER = /[^A-Za-z' -]/g;
const SPACES = /\s+/g;

/**
 * "  Zoë  O’Brien. " → "Zoe O'Brien": plain A–Z letters (accents dropped by NFKD), spaces,
 * hyphens and apostrophes; anything else (full stops, digits, other scripts) removed; spaces
 * collapsed and trimmed.
 */
function plainName(input: string): string {
  return input
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .replace(/[^\p{ASCII}]/gu, (ch) => LATIN_LETTERS[ch] ?? ch)
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, "-")
    .replace(SPACES, " ")
    .replace(NOT_NAME_CHARACTER, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** At most max characters (code points), with no space left dangling at the cut. */
function truncate(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : chars.slice(0, max).join("").trimEnd();
}

/** HMRC's limit of rows in one schedule spreadsheet: a longer claim comes as several schedules. */
export const HMRC_ROWS_PER_SCHEDULE = 1000;

/** "Dr." → "Dr", "Prof" → "Prof"; "Professor" and other titles over 4 characters → "". */
export function hmrcTitle(title: string | null): string {
  if (title === null) return "";
  const plain = plainName(title);
  return plain.length <= MAX_TITLE ? plain : "";
}

/** One given name or initial, no spaces: "Mary Jane" → "Mary", "J. R. R." → "J". */
export function hmrcFirstName(firstName: string): string {
  const [first = ""] = plainName(firstName).split(" ");
  return truncate(first, MAX_NAME);
}

/**
 * HMRC: "if the surname is double-barrelled, use a space instead of the hyphen": "Smith-Jones" →
 * "Smith Jones", "O'Brien-Ó Sé" → "O'Brien O Se". At most 35 characters.
 */
export function hmrcLastName(lastName: string): string {
  const spaced = plainName(lastName).replaceAll("-", " ").replace(/ {2,}/g, " ").trim();
  return truncate(spaced, MAX_NAME);
}

/** As the donor wrote it, on one line, at most 40 characters. */
export function hmrcHouseNameOrNumber(house: string): string {
  return truncate(house.replace(SPACES, " ").trim(), MAX_HOUSE);
}

/** "ct161aa" → "CT16 1AA"; anything that is not a UK postcode → "X" (an address outside the UK). */
export function hmrcPostcode(postcode: string): string {
  return normaliseUkPostcode(postcode) ?? OVERSEAS_POSTCODE;
}

const londonDate = new Intl.DateTimeFormat("en-GB", {
  day: "2-digit",
  month: "2-digit",
  year: "2-digit",
  timeZone: "Europe/London",
});

function londonParts(date: Date): { day: string; month: string; year: string } {
  if (Number.isNaN(date.getTime())) throw new RangeError("Donation has no valid payment date");
  const parts = londonDate.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => {
    const found = parts.find((p) => p.type === type);
    if (found === undefined) throw new RangeError(`Could not format the ${type} of ${date.toISOString()}`);
    return found.value;
  };
  return { day: part("day"), month: part("month"), year: part("year") };
}

/** The London day a payment was made: 2026-06-30T23:30:00Z (00:30 BST) → "01/07/26". */
export function hmrcDonationDate(paidAt: Date): string {
  const { day, month, year } = londonParts(paidAt);
  return `${day}/${month}/${year}`;
}

/** Integer pence to "1234.56", built from integer division: never a float rounding error. */
export function hmrcAmount(pence: number): string {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`Amount must be a whole number of pence, got ${pence}`);
  if (pence <= 0) throw new RangeError(`Amount must be more than 0 pence, got ${pence}`);
  const pounds = Math.floor(pence / 100);
  const rest = pence % 100;
  return `${pounds}.${String(rest).padStart(2, "0")}`;
}

/** One donation as a schedule row. Throws RangeError for an amount of 0 or less (or not whole pence). */
export function toHmrcRow(d: ClaimableDonation): HmrcRow {
  return {
    title: hmrcTitle(d.title),
    firstName: hmrcFirstName(d.firstName),
    lastName: hmrcLastName(d.lastName),
    houseNameOrNumber: hmrcHouseNameOrNumber(d.houseNameOrNumber),
    postcode: hmrcPostcode(d.postcode),
    aggregatedDonations: "",
    sponsored: "",
    donationDate: hmrcDonationDate(d.paidAt),
    amount: hmrcAmount(d.amountPence),
  };
}

const londonIsoDay = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Europe/London" });

/** "2026-07-01": the London day, in a form that sorts as the dates do. */
function londonDayKey(date: Date): string {
  return londonIsoDay.format(date);
}

function compareText(a: string, b: string): number {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Every donation as a schedule row, sorted by donation date (the London day), then last name,
 * then first name, then time paid. The input is left as it was.
 */
export function toHmrcRows(ds: ClaimableDonation[]): HmrcRow[] {
  return ds
    .map((d) => ({ row: toHmrcRow(d), day: londonDayKey(d.paidAt), time: d.paidAt.getTime() }))
    .sort(
      (a, b) => compareText(a.day, b.day) || compareText(a.row.lastName, b.row.lastName) || compareText(a.row.firstName, b.row.firstName) || a.time - b.time,
    )
    .map(({ row }) => row);
}
