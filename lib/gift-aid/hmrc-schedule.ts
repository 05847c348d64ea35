import { normaliseUkPostcode } from "@/lib/postcode/normalise-uk-postcode";

/*
 * Rows of HMRC's Gift Aid schedule (the Charities Online spreadsheet), one per donation, in the
 * format HMRC's validation accepts:
 *   Title                         optional, at most 4 characters (a longer one is left out)
 *   First name or initial         one name, at most 35 characters: letters, hyphen, apostrophe
 *   Last name                     at most 35 characters: letters, spaces, hyphens, apostrophes
 *   House name or number          at most 40 characters
 *   Postcode                      upper case with one space; "X" for an address outside the UK
 *   Aggregated donations          empty: we claim donations one by one
 *   Sponsored event               empty: none of our donations are sponsorship
 *   Donation date (DD/MM/YY)      the day paid, in London time
 *   Amount                        pounds and pence, "25.00": no £, no commas
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

/** "Dr." → "Dr", "Prof" → "Prof"; "Professor" and other titles over 4 characters → "". */
function hmrcTitle(title: string | null): string {
  if (title === null) return "";
  const plain = plainName(title);
  return plain.length <= MAX_TITLE ? plain : "";
}

/** One given name or initial: "Mary Jane" → "Mary", "J. R. R." → "J". */
function hmrcFirstName(firstName: string): string {
  const [first = ""] = plainName(firstName).split(" ");
  return truncate(first, MAX_NAME);
}

function hmrcLastName(lastName: string): string {
  return truncate(plainName(lastName), MAX_NAME);
}

function hmrcHouse(house: string): string {
  return truncate(house.replace(SPACES, " ").trim(), MAX_HOUSE);
}

function hmrcPostcode(postcode: string): string {
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
function hmrcDate(paidAt: Date): string {
  const { day, month, year } = londonParts(paidAt);
  return `${day}/${month}/${year}`;
}

/** Integer pence to "1234.56", built from integer division: never a float rounding error. */
function hmrcAmount(pence: number): string {
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
    houseNameOrNumber: hmrcHouse(d.houseNameOrNumber),
    postcode: hmrcPostcode(d.postcode),
    aggregatedDonations: "",
    sponsored: "",
    donationDate: hmrcDate(d.paidAt),
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
      (a, b) =>
        compareText(a.day, b.day) ||
        compareText(a.row.lastName, b.row.lastName) ||
        compareText(a.row.firstName, b.row.firstName) ||
        a.time - b.time,
    )
    .map(({ row }) => row);
}
