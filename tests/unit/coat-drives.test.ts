import { describe, expect, it } from "vitest";
import { driveFormValues, editDriveSchema, reportCoatsSchema, startDriveSchema } from "@/lib/coat-drives/drive-schema";
import { renderStory } from "@/lib/coat-drives/render-story";
import { DRIVE_SLUG, freeSlug, slugFrom } from "@/lib/coat-drives/slug";
import { parseDonationForm } from "@/lib/donations/checkout/donation-form-schema";

describe("a drive's address", () => {
  it("is made from its name, and never takes a page's own address or one already taken", () => {
    expect(slugFrom("St Mary’s Primary — Coat Drive!")).toBe("st-marys-primary-coat-drive");
    expect(slugFrom("Café Élan")).toBe("cafe-elan");
    expect(slugFrom("!!!")).toBe("coat-drive");
    expect(slugFrom("x".repeat(100))).toHaveLength(60);
    expect(freeSlug("start", new Set())).toBe("start-2");
    expect(freeSlug("elm-road", new Set(["elm-road", "elm-road-2"]))).toBe("elm-road-3");
    for (const s of ["st-marys-primary-coat-drive", "cafe-elan", "start-2"]) expect(DRIVE_SLUG.test(s)).toBe(true);
    for (const s of ["", "-a", "a-", "A", "a b", "../x"]) expect(DRIVE_SLUG.test(s)).toBe(false);
  });
});

describe("an organiser's story", () => {
  it("keeps emphasis, lists and links, and drops images, headings, raw HTML and script links", () => {
    const html = renderStory(
      "# Big heading\n\n**Bold** and a [link](https://example.org) and [bad](javascript:alert(1))\n\n- one\n\n![t](https://tracker.example/p.png)\n\n<script>alert(1)</script><img src=x onerror=alert(1)>",
    );
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain('<a rel="ugc nofollow" href="https://example.org">link</a>');
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("Big heading");
    for (const banned of ["<h1", "<img", "<script", "javascript:", "onerror", "tracker.example"]) expect(html).not.toContain(banned);
  });
});

describe("the start form", () => {
  const today = "2026-12-08";
  const valid = {
    organiserName: "  Jo   Head ",
    email: " Jo@School.Example ",
    name: "Elm Road keeps warm",
    kind: "NEIGHBOURS",
    goal: "25",
    story: "We are collecting coats on our street until Christmas.",
    endsOn: "2027-01-31",
    agree: "on",
  };
  it("tidies what it keeps", () => {
    expect(startDriveSchema(today).parse(valid)).toMatchObject({ organiserName: "Jo Head", email: "jo@school.example", goal: 25, endsOn: "2027-01-31" });
    expect(startDriveSchema(today).parse({ ...valid, endsOn: "" }).endsOn).toBeNull();
  });
  it("refuses, in words, a goal out of range, a past or far end date, a line break in a name", () => {
    const problem = (fields: Record<string, string>) => startDriveSchema(today).safeParse({ ...valid, ...fields }).error?.issues[0]?.message;
    expect(problem({ goal: "4" })).toMatch(/from 5 to 5,000/);
    expect(problem({ goal: "2.5" })).toMatch(/whole number/);
    expect(problem({ endsOn: "2026-12-07" })).toMatch(/in the past/);
    expect(problem({ endsOn: "2028-01-01" })).toMatch(/up to a year/);
    expect(problem({ endsOn: "2027-02-30" })).toMatch(/doesn’t exist|date/);
    expect(problem({ name: "Elm\nRoad" })).toBeDefined();
  });
  it("counts reports of coats in whole coats", () => {
    expect(reportCoatsSchema.parse({ coats: "12", note: " two bags \r\n" })).toEqual({ coats: 12, note: "two bags" });
    expect(reportCoatsSchema.safeParse({ coats: "0", note: "" }).success).toBe(false);
  });
});

describe("the edit form", () => {
  it("opens with a saved drive's values, which save back as the same drive", () => {
    const drive = {
      name: "Elm Road keeps warm",
      kind: "NEIGHBOURS",
      goalCoats: 40,
      story: "Door to door, all December.",
      endsOn: new Date("2027-01-31T00:00:00Z"),
      photoAlt: null,
      version: 3,
    };
    const values = driveFormValues(drive);
    expect(values).toEqual({
      name: "Elm Road keeps warm",
      kind: "NEIGHBOURS",
      goal: "40",
      story: "Door to door, all December.",
      endsOn: "2027-01-31",
      photoAlt: "",
      version: "3",
    });
    const saved = editDriveSchema("2026-12-07").parse(values);
    expect(saved).toMatchObject({ name: drive.name, kind: drive.kind, goal: 40, story: drive.story, photoAlt: "", version: 3 });
    expect(saved.endsOn).toBe("2027-01-31");
    expect(driveFormValues({ ...drive, endsOn: null }).endsOn).toBe("");
  });
});

describe("the donate form through a drive", () => {
  const base = { gift: "coat", quantity: "1", frequency: "once", attempt: "a1" };
  it("carries a drive's address and the donor's choice to show the amount, and nothing else", () => {
    const through = parseDonationForm({ ...base, drive: "elm-road", showAmountOnDrive: "on" });
    expect(through.ok && through.data).toMatchObject({ drive: "elm-road", showAmountOnDrive: true });
    const direct = parseDonationForm({ ...base, showAmountOnDrive: "on" });
    expect(direct.ok && direct.data).toMatchObject({ drive: null, showAmountOnDrive: false });
    const bad = parseDonationForm({ ...base, drive: "../admin" });
    expect(bad.ok ? null : bad.fieldErrors.drive).toMatch(/isn’t one we know/);
  });
});
