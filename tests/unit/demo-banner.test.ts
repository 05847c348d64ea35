import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DemoBanner } from "@/components/demo-banner";

// The root layout renders <DemoBanner demo={env.DEMO_MODE} /> first in <body> on every page.
describe("DemoBanner", () => {
  it("says no money moves, in a named landmark, when the site is a demo", () => {
    const html = renderToStaticMarkup(createElement(DemoBanner, { demo: true }));
    expect(html).toMatch(/^<aside aria-label="Demo site"[^>]*>/);
    expect(html).toContain("<strong");
    expect(html.replace(/<[^>]+>/g, "")).toBe("Demo: no money moves. Gifts made here are tests: nobody is charged, and nothing is claimed from HMRC.");
  });

  it("renders nothing otherwise", () => {
    expect(renderToStaticMarkup(createElement(DemoBanner, { demo: false }))).toBe("");
  });
});
