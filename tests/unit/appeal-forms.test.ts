import { describe, expect, it } from "vitest";
import { copyFormSchema, figuresFormSchema, goalFormSchema, videoFormSchema, waysFormSchema } from "@/lib/campaign/appeal-form-schemas";
import { figureField, figureRowValues, orderedRows, readFigureRows, rowsWithBlank, type FigureRow } from "@/lib/campaign/figure-rows";
import { inKindFormSchema } from "@/lib/campaign/in-kind-form-schema";
import { parsePounds, parseWholeNumber, poundsForInput } from "@/lib/campaign/pounds";
import { wayField } from "@/lib/campaign/way-fields";
import { youtubeEmbedUrl } from "@/lib/campaign/youtube-url";
import { isoDate } from "@/lib/format/date";
import { stripeDashboardUrl, stripeKeyMode } from "@/lib/stripe/dashboard-url";

const version = "2026-01-05T10:00:00.123Z";
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("money and counts as staff type them", () => {
  it("reads pounds to integer pence, and writes them back for the form", () => {
    expect(parsePounds("25")).toBe(2500);
    expect(parsePounds("25.00")).toBe(2500);
    expect(parsePounds(" £12.50 ")).toBe(1250);
    expect(parsePounds("12.5")).toBe(1250);
    expect(parsePounds("1,000")).toBe(100_000);
    for (const bad of ["", "12.505", "-3", "ten", "1,00", "25p", "1e3"]) expect(parsePounds(bad), bad).toBeNull();
    expect(poundsForInput(2500)).toBe("25");
    expect(poundsForInput(1250)).toBe("12.50");
    expect(parseWholeNumber("3,000")).toBe(3000);
    expect(parseWholeNumber("3000")).toBe(3000);
    expect(parseWholeNumber("3.5")).toBeNull();
  });

  it("bounds the goal and the prices", () => {
    expect(goalFormSchema.parse({ version, goalCoats: "3,500", coatPricePence: "25.00", packPricePence: "13" })).toMatchObject({
      goalCoats: 3500,
      coatPricePence: 2500,
      packPricePence: 1300,
    });
    const refused = goalFormSchema.safeParse({ version, goalCoats: "0", coatPricePence: "0.50", packPricePence: "501" });
    expect(errorsOf(refused)).toEqual({
      goalCoats: "Enter the goal as a whole number of coats, from 1 to 1,000,000",
      coatPricePence: "The price of a coat must be between £1 and £500",
      packPricePence: "The price of a clothing pack must be between £1 and £500",
    });
    expect(errorsOf(goalFormSchema.safeParse({ version: "yesterday", goalCoats: "10", coatPricePence: "£25p", packPricePence: "13" }))).toMatchObject({
      version: "This form is out of date. Reload the page and make your change again.",
      coatPricePence: "Enter the price of a coat in pounds, like 25 or 12.50",
    });
  });
});

describe("the appeal video", () => {
  it("takes any YouTube link and stores the privacy-enhanced embed address", () => {
    const embed = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";
    for (const link of [
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://youtube.com/watch?v=dQw4w9WgXcQ&t=30s",
      "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://youtu.be/dQw4w9WgXcQ?si=abc",
      "https://www.youtube.com/shorts/dQw4w9WgXcQ",
      "https://www.youtube.com/embed/dQw4w9WgXcQ",
      embed,
    ]) {
      expect(youtubeEmbedUrl(link), link).toBe(embed);
    }
    // The seeded demo address saves unchanged.
    expect(youtubeEmbedUrl("https://www.youtube-nocookie.com/embed/winter-appeal-demo")).toBe("https://www.youtube-nocookie.com/embed/winter-appeal-demo");
  });

  it("refuses other hosts, plain http and odd addresses", () => {
    for (const link of [
      "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://vimeo.com/76979871",
      "https://player.vimeo.com/video/76979871",
      "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
      "https://user@www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com/watch?v=<script>",
      "https://www.youtube.com/channel/UC123",
      "javascript:alert(1)",
      "not a link",
    ]) {
      expect(youtubeEmbedUrl(link), link).toBeNull();
    }
  });

  it("allows no video at all", () => {
    expect(videoFormSchema.parse({ version, videoTitle: "Our winter", videoUrl: "  " })).toMatchObject({ videoUrl: null });
    expect(errorsOf(videoFormSchema.safeParse({ version, videoTitle: "", videoUrl: "https://vimeo.com/1" }))).toEqual({
      videoTitle: "Write the video’s title",
      videoUrl: expect.stringContaining("Paste a YouTube link"),
    });
  });
});

describe("the appeal's words", () => {
  const copy = {
    version,
    headline: "A warm coat for everyone",
    strapline: "One line.",
    hashtag: "#Coat4Calais",
    situation: "Para one.\n\nPara two.",
    whyHereTitle: "Why",
    whyHere: "Because.",
    whatWeDoTitle: "What",
    whatWeDo: "Help.",
    appealTitle: "Appeal",
    appeal: "Give.",
    beyondGoal: "More.",
    photoInvitation: "Share.",
    shareMessage: "I gave.",
  };
  it("trims, drops the # from the hashtag, and keeps Markdown paragraphs", () => {
    expect(copyFormSchema.parse(copy)).toMatchObject({ hashtag: "Coat4Calais", situation: "Para one.\n\nPara two." });
  });
  it("answers each bad field beside it", () => {
    const errors = errorsOf(
      copyFormSchema.safeParse({ ...copy, headline: "Two\nlines", hashtag: "coat for calais", appeal: " ", shareMessage: "x".repeat(281) }),
    );
    expect(errors).toEqual({
      headline: "Keep the headline to one line",
      hashtag: "Use letters, numbers and underscores only, like Coat4Calais",
      appeal: "Write the appeal",
      shareMessage: "Keep the share message under 280 characters",
    });
  });
  it("checks the buttons of the ways to help lead somewhere safe", () => {
    const ways = (href: string, title2 = "Buy") => ({
      version,
      [wayField(0, "title")]: "Give",
      [wayField(0, "body")]: "b",
      [wayField(0, "ctaLabel")]: "Go",
      [wayField(0, "ctaHref")]: "/donation-points",
      [wayField(1, "title")]: title2,
      [wayField(1, "body")]: "b",
      [wayField(1, "ctaLabel")]: "Go",
      [wayField(1, "ctaHref")]: href,
      [wayField(2, "title")]: "Volunteer",
      [wayField(2, "body")]: "b",
      [wayField(2, "ctaLabel")]: "Go",
      [wayField(2, "ctaHref")]: "https://example.org/volunteer",
    });
    expect(waysFormSchema.parse(ways("/donate?gift=coat")).ways[1]).toEqual({ title: "Buy", body: "b", ctaLabel: "Go", ctaHref: "/donate?gift=coat" });
    for (const bad of ["javascript:alert(1)", "//evil.example", "http://example.org", "donate"]) {
      expect(errorsOf(waysFormSchema.safeParse(ways(bad))), bad).toHaveProperty(wayField(1, "ctaHref"));
    }
    expect(errorsOf(waysFormSchema.safeParse(ways("/donate", "give")))).toEqual({ [wayField(1, "title")]: "Give each way to help its own title" });
  });
});

describe("the situation figures form", () => {
  const row = (key: string, place: string, count = "1,000", qualifier = "AROUND", note = "Under bridges."): FigureRow => ({
    key,
    place,
    count,
    qualifier,
    note,
    position: "",
    remove: "",
  });

  it("reads the rows as shown, numbers them, and always offers one empty row to add a figure", () => {
    const rows = [row("a", "Calais"), row("b", "Paris"), row("c", "Brussels")];
    const values = figureRowValues(rows);
    expect(values[figureField(2, "position")]).toBe("3");
    expect(readFigureRows(values).map((r) => r.key)).toEqual(["a", "b", "c"]);
    expect(rowsWithBlank(readFigureRows(values)).at(-1)).toEqual({
      key: "new-0",
      place: "",
      count: "",
      qualifier: "AROUND",
      note: "",
      position: "4",
      remove: "",
    });
    expect(rowsWithBlank([row("new-0", "Lille"), row("new-3", "Dover")]).at(-1)?.key).toBe("new-4");
    const six = Array.from({ length: 6 }, (_, i) => row(String(i), `Place ${i}`));
    expect(rowsWithBlank(six)).toHaveLength(6);
  });

  it("applies the positions chosen and the rows ticked for removal, skipping the empty row", () => {
    const rows = [
      { ...row("a", "Calais"), position: "3" },
      { ...row("b", "Paris"), position: "1" },
      { ...row("c", "Brussels"), position: "2", remove: "on" },
      { ...row("d", "Lille"), position: "1" },
      { ...row("new-0", "", "", "AROUND", ""), position: "1" },
    ];
    expect(orderedRows(rows).map(({ row: r, shownAt }) => `${r.key}@${shownAt}`)).toEqual(["b@1", "d@3", "a@0"]);
    // Moving the first of three to 3rd puts it last; moving the last to 1st puts it first.
    const three = [row("a", "Calais"), row("b", "Brussels"), row("c", "Paris")].map((r, i) => ({ ...r, position: String(i + 1) }));
    const keys = (changed: FigureRow[]) =>
      orderedRows(changed)
        .map(({ row: r }) => r.key)
        .join("");
    expect(keys([{ ...three[0]!, position: "3" }, three[1]!, three[2]!])).toBe("bca");
    expect(keys([three[0]!, three[1]!, { ...three[2]!, position: "1" }])).toBe("cab");
    expect(keys([three[0]!, { ...three[1]!, position: "3" }, three[2]!])).toBe("acb");
  });

  it("saves the filled rows in order", () => {
    const values = { version, ...figureRowValues([row("a", "Calais and Dunkirk"), row("b", "Paris", "1500", "OVER"), row("new-0", "", "", "AROUND", "")]) };
    expect(figuresFormSchema.parse(values).figures).toEqual([
      { key: "a", place: "Calais and Dunkirk", count: 1000, qualifier: "AROUND", note: "Under bridges." },
      { key: "b", place: "Paris", count: 1500, qualifier: "OVER", note: "Under bridges." },
    ]);
  });

  it("refuses bad figures beside the field they were shown in, and an empty list", () => {
    const values = { version, ...figureRowValues([row("a", "Paris"), row("b", "paris", "lots", "SOME", "")]) };
    expect(errorsOf(figuresFormSchema.safeParse(values))).toEqual({
      "figure-1-place": "Another figure is already for paris: combine them or name the places differently",
      "figure-1-count": "Enter the number of people as a whole number, like 1,000",
      "figure-1-qualifier": "Choose around, over or exactly",
      "figure-1-note": "Write a line about where people are sleeping",
    });
    // A row ticked for removal is not checked at all.
    const removing = { ...values, [figureField(1, "remove")]: "on" };
    expect(figuresFormSchema.safeParse(removing).success).toBe(true);
    const none = { version, ...figureRowValues([row("a", "Paris")]), [figureField(0, "remove")]: "on" };
    expect(errorsOf(figuresFormSchema.safeParse(none))).toEqual({ "figure-0-place": "Keep at least one figure: the home page’s situation section shows them" });
  });

  it("holds a place and its note to one line by the site's one rule: no line break, nor any other control character", () => {
    const cases: [place: string, note: string][] = [
      ["Calais\nDunkirk", "Under bridges."],
      ["Calais\u2028Dunkirk", "Under bridges."],
      ["Paris", "Under\u0085bridges."],
      ["Paris", "Under\u0007bridges."],
    ];
    for (const [place, note] of cases) {
      const values = { version, ...figureRowValues([row("a", place, "1000", "AROUND", note)]) };
      const problems = errorsOf(figuresFormSchema.safeParse(values));
      expect(problems).toEqual(
        place === "Paris"
          ? { "figure-0-note": "Keep the note to one line of 200 characters or fewer" }
          : { "figure-0-place": "Keep the place to one line of 60 characters or fewer" },
      );
    }
  });
});

describe("coats received in kind", () => {
  it("needs a positive number of coats and a date not in the future", () => {
    const today = isoDate(new Date());
    expect(inKindFormSchema.parse({ coats: "40", receivedOn: today, donationPointId: "", note: " Sizes S and M " })).toEqual({
      coats: 40,
      receivedOn: today,
      donationPointId: null,
      note: "Sizes S and M",
    });
    const tomorrow = isoDate(new Date(Date.now() + 36 * 3600_000));
    expect(errorsOf(inKindFormSchema.safeParse({ coats: "0", receivedOn: tomorrow, donationPointId: "", note: "" }))).toEqual({
      coats: "Enter how many coats arrived, as a whole number from 1 to 10,000",
      receivedOn: "The date can’t be in the future",
    });
    expect(errorsOf(inKindFormSchema.safeParse({ coats: "-4", receivedOn: "2025-02-30", donationPointId: "", note: "" }))).toMatchObject({
      receivedOn: "Enter the date the coats arrived, like 3 December 2025",
    });
  });
});

describe("links to Stripe's dashboard", () => {
  it("follow the key's mode, and exist only with a real key", () => {
    expect(stripeKeyMode("sk_test_abc", undefined)).toBe("test");
    expect(stripeKeyMode("rk_live_abc", undefined)).toBe("live");
    expect(stripeKeyMode(undefined, undefined)).toBeNull();
    expect(stripeKeyMode("sk_test_abc", "http://localhost:12111")).toBeNull();
    expect(stripeDashboardUrl("test", "payment", "pi_123")).toBe("https://dashboard.stripe.com/test/payments/pi_123");
    expect(stripeDashboardUrl("live", "customer", "cus_9")).toBe("https://dashboard.stripe.com/customers/cus_9");
    expect(stripeDashboardUrl("live", "event", "evt_1")).toBe("https://dashboard.stripe.com/events/evt_1");
    expect(stripeDashboardUrl(null, "invoice", "in_1")).toBeNull();
    expect(stripeDashboardUrl("live", "invoice", "in_1/../x")).toBeNull();
  });
});
