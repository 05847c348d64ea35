// The dashboard's chart as the server renders it: a picture hidden from assistive technology, and
// a table holding the same figures (the browser check is in tests/e2e/admin-dashboard.spec.ts).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AppealChart } from "@/components/admin/dashboard/appeal-chart";
import type { AppealDay } from "@/lib/dashboard/appeal-by-day";

const days: AppealDay[] = [
  { day: "2026-10-24", coatsHandedIn: 0, money: { raisedPence: 3300, coatsBought: 1 } },
  { day: "2026-10-25", coatsHandedIn: 40, money: { raisedPence: 0, coatsBought: 0 } },
  { day: "2026-10-26", coatsHandedIn: 2, money: { raisedPence: 123_450, coatsBought: 49 } },
];
const render = (d: AppealDay[], undated = 0) => renderToStaticMarkup(createElement(AppealChart, { days: d, undatedHandedIn: undated }));
const rowsOf = (html: string) =>
  [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...(m[1] ?? "").matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => (c[1] ?? "").replace(/<[^>]+>/g, "")),
  );

describe("the appeal chart", () => {
  it("draws one bar per day with something in it, hidden from assistive technology", () => {
    const html = render(days);
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    // Money: 2 days with money; coats bought: 2; coats handed in: 2.
    expect(html.match(/<rect/g)).toHaveLength(6);
    expect(html).toContain("The table holds the chart’s figures.");
  });

  it("puts the same figures in the table, newest day first, with the totals", () => {
    expect(rowsOf(render(days))).toEqual([
      ["Day", "Raised", "Coats bought", "Coats handed in"],
      ["Mon 26 Oct", "£1,234.50", "49", "2"],
      ["Sun 25 Oct", "£0", "0", "40"],
      ["Sat 24 Oct", "£33", "1", "0"],
      ["All days", "£1,267.50", "50", "42"],
    ]);
  });

  it("for editors, holds coats handed in only, and says which coats are not in it", () => {
    const html = render(
      days.map(({ day, coatsHandedIn }) => ({ day, coatsHandedIn })),
      1184,
    );
    expect(html).not.toContain("£");
    expect(rowsOf(html)[0]).toEqual(["Day", "Coats handed in"]);
    expect(html).toContain("1,184 coats handed in were counted as a total, without dates, so they are not in the chart.");
  });
});
