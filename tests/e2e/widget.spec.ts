import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support";

// The progress widget as supporters use it: the snippet from /embed, pasted into a page of their
// own, seen on a 320 px phone, and tried from a saved file. Reads only.

test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

async function snippetFrom(page: Page): Promise<string> {
  await page.goto("/embed");
  return page.getByLabel("Code to copy").inputValue();
}

/** A partner's page around the snippet: margins as a phone theme gives them (the frame is 288 px wide). */
const partnerPage = (snippet: string) =>
  `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Our coat drive</title><body style="margin:16px"><h1>Our coat drive</h1>${snippet}</body></html>`;

/** Everything the widget shows, the Donate button included, lies inside the frame: nothing is cut off or scrolls. */
async function expectWholeWidgetInFrame(page: Page) {
  const iframe = page.locator("iframe");
  const frame = iframe.contentFrame();
  const donate = frame.getByRole("link", { name: /^Donate/ });
  await expect(donate).toBeVisible();
  const outer = await iframe.boundingBox();
  if (!outer) throw new Error("no frame box");
  expect(outer.width).toBeLessThanOrEqual(288);
  for (const part of [donate, frame.getByRole("progressbar"), frame.getByText(/coats? handed in$/), frame.getByText(/both count toward the goal/)]) {
    const box = await part.boundingBox();
    if (!box) throw new Error("no box");
    expect(box.x).toBeGreaterThanOrEqual(outer.x);
    expect(box.y).toBeGreaterThanOrEqual(outer.y);
    expect(box.x + box.width).toBeLessThanOrEqual(outer.x + outer.width + 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(outer.y + outer.height + 0.5);
  }
  // The frame's document is no taller than the frame: no hidden scroll.
  const overflow = await frame.locator("html").evaluate((html) => html.scrollHeight - html.clientHeight);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("the progress widget on a phone", () => {
  test("at the snippet's own size on a 320 px phone, the Donate button sits inside the frame", async ({ page }) => {
    const snippet = await snippetFrom(page);
    const server = http.createServer((_, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(partnerPage(snippet)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await expectWholeWidgetInFrame(page);
    } finally {
      server.close();
    }
  });

  test("works from a page saved as a file, as the instructions suggest trying it", async ({ page }) => {
    const snippet = await snippetFrom(page);
    await expect(page.getByRole("heading", { name: "Try it before you add it" })).toBeVisible();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "widget-"));
    const file = path.join(dir, "try-the-counter.html");
    fs.writeFileSync(file, partnerPage(snippet));
    try {
      await page.goto(pathToFileURL(file).href);
      await expect(page.locator("iframe").contentFrame().getByRole("progressbar", { name: "Coats toward the goal" })).toBeVisible();
      await expectWholeWidgetInFrame(page);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("refreshes its figures every minute without reloading, and passes axe at phone size", async ({ page }) => {
    await page.clock.install();
    await page.setViewportSize({ width: 288, height: 230 });
    await page.goto("/embed/progress");
    await expect(page.locator('[data-refresh="every-minute"]')).toBeAttached();
    const live = (await (await page.request.get("/api/progress")).json()) as Record<string, number>;
    const funded = (live.coatsFunded ?? 0) + 25;
    const total = funded + (live.coatsHandedIn ?? 0);
    await page.route("**/api/progress", (route) => route.fulfill({ json: { ...live, coatsFunded: funded, coatsTowardGoal: total } }));
    // A mark on this very document: still there after the refresh, so the page was not reloaded.
    await page.evaluate(() => document.documentElement.setAttribute("data-before-refresh", "yes"));
    const asked = page.waitForRequest("**/api/progress");
    await page.clock.fastForward("01:01");
    await asked;
    await expect(page.getByText(`${funded.toLocaleString("en-GB")} coats funded by gifts`)).toBeVisible();
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(Math.min(total, live.goal ?? 0)));
    await expect(page.locator("html")).toHaveAttribute("data-before-refresh", "yes");
    await expect(page.getByRole("link", { name: /^Donate/ })).toBeInViewport({ ratio: 1 });
    await page.unroute("**/api/progress");
    await expectAccessible(page);
  });
});
