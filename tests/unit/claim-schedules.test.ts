// The claim page's list of schedules and its steps into HMRC's spreadsheet, rendered as the
// server renders them (the browser check is in tests/e2e/admin-donations.spec.ts).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CHARITIES_ONLINE, ClaimSchedules, HMRC_SCHEDULE_GUIDANCE } from "@/app/admin/gift-aid/claim-schedules";

const claim = (id: string, donationCount: number, adjustmentPence = 0) => ({
  id,
  createdAt: new Date("2026-12-06T12:00:00Z"),
  donationCount,
  totalPence: donationCount * 2500,
  adjustmentPence,
});
const render = (claims: ReturnType<typeof claim>[]) => renderToStaticMarkup(createElement(ClaimSchedules, { claims }));

describe("the claim page's schedules", () => {
  it("lists a claim over 1,000 donations as numbered schedules with their rows", () => {
    const html = render([claim("big", 2345), claim("small", 2)]);
    expect(html).toContain("2,345 donations, £58,625, in 3 schedules of up to 1,000 rows");
    expect(html).toContain('<a href="/admin/gift-aid/claims/big?schedule=1">HMRC schedule 1 of 3: rows 1 to 1,000 (CSV)</a>');
    expect(html).toContain('<a href="/admin/gift-aid/claims/big?schedule=2">HMRC schedule 2 of 3: rows 1,001 to 2,000 (CSV)</a>');
    expect(html).toContain('<a href="/admin/gift-aid/claims/big?schedule=3">HMRC schedule 3 of 3: rows 2,001 to 2,345 (CSV)</a>');
    expect(html).not.toContain("big?schedule=4");
    expect(html).toContain('<a href="/admin/gift-aid/claims/small?schedule=1">HMRC schedule 1 of 1: rows 1 to 2 (CSV)</a>');
    expect(html).not.toContain("repaid");
  });

  it("names the Gift Aid a claim repaid for refunds after an earlier claim", () => {
    expect(render([claim("next", 3, 625)])).toContain("3 donations, £75, less £6.25 of Gift Aid repaid for earlier refunds (an adjustment on this claim)");
  });

  it("says where the repaid Gift Aid goes in HMRC's spreadsheet: one figure, once per claim, never a row", () => {
    const one = render([claim("next", 3, 625)]);
    expect(one).toContain("Gift Aid to repay: enter <strong>£6.25</strong> as Gift Aid previously over-claimed, in the box above HMRC’s table.");
    expect(one).toContain("not a row: the schedule files list only the donations claimed now");
    // A claim sent as several schedules is several claims at HMRC: the figure goes on one.
    expect(render([claim("big", 2345, 1000)])).toContain(
      "enter <strong>£10</strong> as Gift Aid previously over-claimed, in the box above HMRC’s table of schedule 1 only.",
    );
    expect(render([claim("none", 3)])).not.toContain("Gift Aid to repay: enter");
  });

  it("says in steps how a schedule goes into HMRC's own spreadsheet, with where to get it and send it", () => {
    const html = render([]);
    expect(html).toContain("No claims yet.");
    const steps = /<ol[^>]*>(.*)<\/ol>/s.exec(html)?.[1] ?? "";
    expect(steps.match(/<li>/g)).toHaveLength(7);
    for (const words of [
      "paste values only",
      "first empty row under its headings",
      "not the headings",
      "English (UK)",
      "OpenDocument format (.ods)",
      "one file per schedule",
      "a claim for each",
      "Gift Aid previously over-claimed, on one schedule only",
    ]) {
      expect(steps).toContain(words);
    }
    expect(steps).toContain(`<a href="${HMRC_SCHEDULE_GUIDANCE}">`);
    expect(steps).toContain(`<a href="${CHARITIES_ONLINE}">Charities Online</a>`);
  });
});
