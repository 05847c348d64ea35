import { describe, expect, it } from "vitest";
import {
  MAX_NOTE_LENGTH,
  daysBetween,
  parseCalendarDay,
  parseVolunteerApplication,
  volunteerFields,
  volunteerFormMessages as M,
  type VolunteerApplicationInput,
  type VolunteerFormFields,
} from "@/lib/volunteers/application-schema";
import { describeDriving, describeLanguages } from "@/lib/volunteers/options";

const TODAY = "2026-12-01";

const complete: VolunteerFormFields = {
  name: "  Amira   Haddad ",
  email: " Amira.Haddad@Example.ORG ",
  phone: "",
  place: "CALAIS",
  availableFrom: "2026-12-14",
  availableTo: "2026-12-20",
  languages: ["ARABIC", "FRENCH"],
  otherLanguages: "",
  drivingLicence: "yes",
  canDriveVan: "no",
  adult: "on",
  note: "",
};

function pass(overrides: VolunteerFormFields = {}): VolunteerApplicationInput {
  const result = parseVolunteerApplication({ ...complete, ...overrides }, TODAY);
  if (!result.ok) throw new Error(`expected the form to pass, got ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

function errors(overrides: VolunteerFormFields): Record<string, string> {
  const result = parseVolunteerApplication({ ...complete, ...overrides }, TODAY);
  if (result.ok) throw new Error(`expected the form to fail, got ${JSON.stringify(result.data)}`);
  return result.fieldErrors;
}

describe("a complete application", () => {
  it("is tidied: name spaces collapsed, email lower-cased, no phone is null, languages as given", () => {
    expect(pass()).toEqual({
      name: "Amira Haddad",
      email: "amira.haddad@example.org",
      phone: null,
      place: "CALAIS",
      availableFrom: "2026-12-14",
      availableTo: "2026-12-20",
      languages: ["ARABIC", "FRENCH"],
      otherLanguages: null,
      drivingLicence: true,
      canDriveVan: false,
      note: "",
    });
  });

  it("reports every problem at once, each under its own field", () => {
    const result = parseVolunteerApplication({}, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      name: M.nameMissing,
      email: M.emailMissing,
      place: M.place,
      availableFrom: M.fromMissing,
      availableTo: M.toMissing,
      drivingLicence: M.licence,
      adult: M.adult,
    });
  });

  it("keeps everything typed on failure, the ticked languages joined, the honeypot left out", () => {
    const result = parseVolunteerApplication(
      { ...complete, email: "not-an-address", languages: ["FARSI", "OTHER"], otherLanguages: "Dari", website: "" },
      TODAY,
    );
    if (result.ok) throw new Error("expected a failure");
    expect(result.fieldErrors).toEqual({ email: M.emailFormat });
    expect(result.values).toMatchObject({
      name: "  Amira   Haddad ",
      email: "not-an-address",
      languages: "FARSI,OTHER",
      otherLanguages: "Dari",
      drivingLicence: "yes",
      canDriveVan: "no",
      adult: "on",
    });
    expect(result.values).not.toHaveProperty("website");
  });
});

describe("dates", () => {
  it("accepts today, and the UK's day/month/year where there is no date picker", () => {
    expect(pass({ availableFrom: TODAY, availableTo: "2026-12-02" }).availableFrom).toBe(TODAY);
    expect(pass({ availableFrom: "14/12/2026", availableTo: "20.12.2026" })).toMatchObject({ availableFrom: "2026-12-14", availableTo: "2026-12-20" });
  });

  it.each<[string, VolunteerFormFields, Record<string, string>]>([
    ["yesterday", { availableFrom: "2026-11-30" }, { availableFrom: M.fromPast }],
    ["a day that doesn’t exist", { availableFrom: "2027-02-29", availableTo: "2027-03-05" }, { availableFrom: M.fromFormat }],
    ["words", { availableFrom: "next Tuesday" }, { availableFrom: M.fromFormat }],
    ["more than a year ahead", { availableFrom: "2027-12-02", availableTo: "2027-12-09" }, { availableFrom: M.fromTooFar }],
    ["a last day before the first", { availableTo: "2026-12-13" }, { availableTo: M.toBeforeFrom }],
    ["more than six months", { availableTo: "2027-06-16" }, { availableTo: M.toTooLong }],
    ["no last day", { availableTo: "" }, { availableTo: M.toMissing }],
    ["a single day in France", { availableTo: "2026-12-14" }, { availableTo: M.twoDaysAbroad }],
  ])("refuses %s", (_, overrides, expected) => {
    expect(errors(overrides)).toEqual(expected);
  });

  it("allows exactly six months (183 days), and a single day in the UK", () => {
    expect(daysBetween("2026-12-14", "2027-06-15")).toBe(183);
    expect(pass({ availableTo: "2027-06-15" }).availableTo).toBe("2027-06-15");
    expect(pass({ place: "UK", availableTo: "2026-12-14" })).toMatchObject({ place: "UK", availableFrom: "2026-12-14", availableTo: "2026-12-14" });
  });

  it("parses calendar days strictly", () => {
    expect(parseCalendarDay("2028-02-29")).toBe("2028-02-29");
    expect(parseCalendarDay("2027-2-3")).toBe("2027-02-03");
    expect(parseCalendarDay("31/04/2027")).toBeNull();
    expect(parseCalendarDay("2027-13-01")).toBeNull();
    expect(parseCalendarDay("")).toBeNull();
    expect(daysBetween("2027-03-27", "2027-03-29")).toBe(2); // across the clocks changing
  });
});

describe("languages", () => {
  it("asks which, when another language is ticked, and keeps it", () => {
    expect(errors({ languages: ["OTHER"], otherLanguages: "  " })).toEqual({ otherLanguages: M.otherMissing });
    expect(pass({ languages: ["OTHER", "PASHTO"], otherLanguages: " Dari,  Urdu " })).toMatchObject({
      languages: ["OTHER", "PASHTO"],
      otherLanguages: "Dari, Urdu",
    });
  });

  it("ignores the other-language box when another language isn’t ticked", () => {
    expect(pass({ languages: ["KURDISH"], otherLanguages: "Dutch" })).toMatchObject({ languages: ["KURDISH"], otherLanguages: null });
  });

  it("takes none, a single one, and duplicates once; refuses one not on the list", () => {
    expect(pass({ languages: [] }).languages).toEqual([]);
    expect(pass({ languages: "TIGRINYA" }).languages).toEqual(["TIGRINYA"]);
    expect(pass({ languages: ["FARSI", "FARSI"] }).languages).toEqual(["FARSI"]);
    expect(errors({ languages: ["KLINGON"] })).toEqual({ languages: M.languages });
  });

  it("limits the other-language box to one line of 100 characters", () => {
    expect(errors({ languages: ["OTHER"], otherLanguages: "x".repeat(101) })).toEqual({ otherLanguages: M.otherTooLong });
    expect(errors({ languages: ["OTHER"], otherLanguages: "Dari\r\nBcc: x@y.org" })).toEqual({ otherLanguages: M.oneLine });
  });
});

describe("age, driving and the note", () => {
  it("needs the 18-or-over box ticked", () => {
    expect(errors({ adult: undefined })).toEqual({ adult: M.adult });
    expect(errors({ adult: "" })).toEqual({ adult: M.adult });
    expect(errors({ adult: "off" })).toEqual({ adult: M.adult });
    expect(pass({ adult: "on" }).name).toBe("Amira Haddad");
  });

  it("asks about a van only with a licence", () => {
    expect(errors({ drivingLicence: "yes", canDriveVan: "" })).toEqual({ canDriveVan: M.van });
    expect(pass({ drivingLicence: "yes", canDriveVan: "yes" })).toMatchObject({ drivingLicence: true, canDriveVan: true });
    expect(pass({ drivingLicence: "no", canDriveVan: "yes" })).toMatchObject({ drivingLicence: false, canDriveVan: false });
    expect(errors({ drivingLicence: "maybe" })).toEqual({ drivingLicence: M.licence });
  });

  it("keeps the note’s line breaks, up to 2,000 characters", () => {
    expect(pass({ note: "  First aid trained.\r\nAvailable weekends.  " }).note).toBe("First aid trained.\nAvailable weekends.");
    expect(pass({ note: "x".repeat(MAX_NOTE_LENGTH) }).note).toHaveLength(MAX_NOTE_LENGTH);
    expect(errors({ note: "x".repeat(MAX_NOTE_LENGTH + 1) })).toEqual({ note: M.noteTooLong });
    expect(M.noteTooLong).toBe("Please keep your note to 2,000 characters or fewer");
  });
});

describe("email and phone", () => {
  it.each([
    ["not-an-address", M.emailFormat],
    ["someone@", M.emailFormat],
    ["a@b.org, c@d.org", M.emailFormat],
    ["a@b.org\r\nBcc: x@y.org", M.emailOneLine],
    [`${"l".repeat(250)}@b.org`, M.emailTooLong],
    ["   ", M.emailMissing],
  ])("refuses the email %j", (email, message) => {
    expect(errors({ email })).toEqual({ email: message });
  });

  it.each(["07700 900123", "+44 7700 900123", "+33 6 12 34 56 78", "0033 612 345 678", "(020) 7946-0958", "+32.470.12.34.56"])(
    "accepts the phone number %j",
    (phone) => {
      expect(pass({ phone }).phone).toBe(phone);
    },
  );

  it("tidies spaces in a phone number and treats an empty one as none", () => {
    expect(pass({ phone: "  07700   900123 " }).phone).toBe("07700 900123");
    expect(pass({ phone: "   " }).phone).toBeNull();
  });

  it.each([
    ["letters", "call me maybe", M.phone],
    ["too few digits", "12345", M.phone],
    ["too many digits", "+44 1234 567 890 1234", M.phone],
    ["a + in the middle", "44+7700900123", M.phone],
    ["two numbers", "07700 900123 / 07700 900124 / 0770", M.phoneTooLong],
    ["a line break", "07700\n900123", M.oneLine],
  ])("refuses a phone number with %s", (_, phone, message) => {
    expect(errors({ phone })).toEqual({ phone: message });
  });
});

describe("reading a submission", () => {
  it("takes every ticked language, the first of anything else, and skips React’s own fields", () => {
    const form = new FormData();
    form.append("$ACTION_ID_abc", "");
    form.append("name", "Sam");
    form.append("name", "Second");
    form.append("languages", "ARABIC");
    form.append("languages", "OTHER");
    expect(volunteerFields(form)).toEqual({ name: "Sam", languages: ["ARABIC", "OTHER"] });
  });

  it("describes languages and driving in words", () => {
    expect(describeLanguages(["ARABIC", "OTHER", "FRENCH"], "Dari")).toBe("Arabic, French and Dari");
    expect(describeLanguages(["TIGRINYA"], null)).toBe("Tigrinya");
    expect(describeLanguages([], null)).toBe("None of those listed");
    expect(describeDriving(true, true)).toBe("Full licence, and able to drive a van");
    expect(describeDriving(false, false)).toBe("No driving licence");
  });
});
