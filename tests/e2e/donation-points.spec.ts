import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, watchThirdPartyRequests } from "./support";

// Read-only: the seeded points (a dozen, one full) and the fake postcodes.io that
// playwright.config.ts starts beside the site (tests/support/fake-postcodes.ts).
const SEEDED = 12;

function results(page: Page, heading: string) {
  const region = page.getByRole("region", { name: heading });
  return { region, items: region.getByRole("listitem"), names: region.getByRole("heading", { level: 3 }) };
}

/** The tile server the tests point the map at (scripts/test.ts): the fake postcodes.io beside the site. */
const TILE_ORIGIN = new URL((process.env.MAP_TILE_URL ?? "").replace(/\{[^}]*\}/g, "0")).origin;

function map(page: Page) {
  const region = page.getByRole("region", { name: "On the map" });
  // Markers are pictures of the list (hidden from screen readers): found by their class and tooltip.
  return { region, markers: region.locator(".finder-marker"), titled: (title: string) => region.locator(`.leaflet-marker-icon[title="${title}"]`) };
}

async function search(page: Page, postcode: string) {
  await page.getByRole("textbox", { name: "Your postcode", exact: true }).fill(postcode);
  await page.getByRole("button", { name: "Find drop-off points" }).click();
}

test.describe("coat drop-off points", () => {
  test("lists every open point by town, each with its details and status, loading nothing from elsewhere", async ({ page }) => {
    const elsewhere = watchThirdPartyRequests(page);
    await page.goto("/donation-points");
    await expect(page.getByRole("heading", { level: 1, name: "Hand in a coat near you" })).toBeVisible();
    const { items, names } = results(page, "Every drop-off point");
    await expect(items).toHaveCount(SEEDED);
    // By town: Birmingham, Brighton, Bristol, Cardiff, Dover…
    await expect(names.nth(0)).toHaveText("Digbeth Welcome Hall");
    await expect(names.nth(1)).toHaveText("St George’s Road Mission Hall");
    const brixton = items.filter({ hasText: "Coldharbour Lane Community Kitchen" });
    await expect(brixton).toContainText("Full for now");
    await expect(brixton).toContainText("SW9 8LF");
    await expect(brixton).toContainText("Wednesday to Sunday, 11am to 3pm");
    await expect(items.filter({ hasText: "Accepting coats" })).toHaveCount(SEEDED - 1);
    await expect(page.getByText(/miles away/)).toHaveCount(0);
    await expect(brixton.getByRole("link", { name: "Show on OpenStreetMap: Coldharbour Lane Community Kitchen" })).toHaveAttribute(
      "href",
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=51\.4631&mlon=-0\.1116/,
    );
    await expectAccessible(page);
    expect(elsewhere).toEqual([]);
  });

  test("a Dover postcode puts the Dover point first and Folkestone second, with distances in miles", async ({ page }) => {
    await page.goto("/donation-points");
    await search(page, "ct17 9dq");
    await expect(page).toHaveURL(/[?&]postcode=ct17(\+|%20)9dq/i);
    const { items, names } = results(page, "Nearest to CT17 9DQ");
    await expect(names.nth(0)).toHaveText("Pencester Road Community Hall");
    await expect(names.nth(1)).toHaveText("Tontine Street Studios");
    await expect(items.nth(0)).toContainText("0.6 miles away");
    await expect(items.nth(1)).toContainText("5.8 miles away");
    await expect(items).toHaveCount(SEEDED);
    await expect(page.getByRole("textbox", { name: "Your postcode", exact: true })).toHaveValue("CT17 9DQ");
    await expectAccessible(page);
  });

  test("a postcode in the wrong format is explained beside the field, kept, and every point still listed", async ({ page }) => {
    await page.goto("/donation-points");
    await search(page, "CT16");
    const field = page.getByRole("textbox", { name: "Your postcode", exact: true });
    await expect(field).toHaveValue("CT16");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(/Enter a UK postcode, like CT16 1AA\./);
    await expect(results(page, "Every drop-off point").items).toHaveCount(SEEDED);
    await expectAccessible(page);
  });

  test("the hint and the message for an empty search give the same example postcode", async ({ page }) => {
    await page.goto("/donation-points?postcode=");
    const field = page.getByRole("textbox", { name: "Your postcode", exact: true });
    await expect(field).toHaveAccessibleDescription(/^For example, CT16 1AA\. .*Enter your postcode, like CT16 1AA\.$/);
  });

  test("a postcode nobody knows is told apart from a typo", async ({ page }) => {
    await page.goto("/donation-points?postcode=ZE9+9ZZ");
    await expect(page.getByRole("textbox", { name: "Your postcode", exact: true })).toHaveAccessibleDescription(/We can’t find the postcode ZE9 9ZZ/);
    await expect(results(page, "Every drop-off point").items).toHaveCount(SEEDED);
  });

  test("when the postcode lookup fails, the page says so and lists every point by town", async ({ page }) => {
    await page.goto("/donation-points");
    await search(page, "EC1A 1BB"); // the fake answers 500
    await expect(page.getByRole("alert").filter({ hasText: "Our postcode lookup isn’t answering just now" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Your postcode", exact: true })).toHaveValue("EC1A 1BB");
    await expect(page.getByRole("textbox", { name: "Your postcode", exact: true })).not.toHaveAttribute("aria-invalid", "true");
    const { items, names } = results(page, "Every drop-off point");
    await expect(items).toHaveCount(SEEDED);
    await expect(names.nth(0)).toHaveText("Digbeth Welcome Hall");
    await expectAccessible(page);
  });

  test("a slow lookup is given up on, and the list still shows", async ({ page }) => {
    // The fake answers this postcode only after ten minutes: a page at all means the site gave up
    // (after LOOKUP_TIMEOUT_MS; tests/integration/geocode.test.ts times that, free of a browser).
    await page.goto("/donation-points?postcode=W1A+0AX");
    await expect(page.getByRole("alert").filter({ hasText: "Our postcode lookup isn’t answering just now" })).toBeVisible();
    await expect(results(page, "Every drop-off point").items).toHaveCount(SEEDED);
  });

  test("works without JavaScript, where the location button is not offered", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/donation-points");
    await expect(page.getByRole("button", { name: "Use my location" })).toHaveCount(0);
    await search(page, "CT17 9DQ");
    await expect(results(page, "Nearest to CT17 9DQ").names.nth(0)).toHaveText("Pencester Road Community Hall");
    // The list alone: no map, and no empty box where it would be.
    await expect(map(page).region).toHaveCount(0);
    await expect(page.locator(".finder-map, .leaflet-container")).toHaveCount(0);
    await context.close();
  });

  test("while a search is under way the button says so and takes no second press, and the results are marked busy", async ({ page }) => {
    await page.goto("/donation-points");
    await expect(page.getByRole("button", { name: "Use my location" })).toBeVisible(); // hydrated
    // The search's answer is held back until the busy state has been checked: no timing involved.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const searches: string[] = [];
    await page.route(/\/donation-points\?postcode=/, async (route) => {
      searches.push(route.request().url());
      await held;
      await route.continue();
    });
    const field = page.getByRole("textbox", { name: "Your postcode", exact: true });
    await field.fill("ct17 9dq");
    await page.getByRole("button", { name: "Find drop-off points" }).click();

    const busy = page.getByRole("button", { name: "Finding points…" });
    await expect(busy).toBeDisabled();
    await expect(busy).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: "Finding points…" })).toHaveCount(1);
    await expect(page.getByRole("region", { name: "Every drop-off point" })).toHaveAttribute("aria-busy", "true");
    // A second press, and Enter in the field, start nothing more.
    await busy.click({ force: true });
    await field.press("Enter");

    release();
    await expect(results(page, "Nearest to CT17 9DQ").names.nth(0)).toHaveText("Pencester Road Community Hall");
    await expect(page.getByRole("button", { name: "Find drop-off points" })).toBeEnabled();
    // The form is not rebuilt: focus stays where the visitor left it.
    await expect(field).toBeFocused();
    await expect(results(page, "Nearest to CT17 9DQ").region).not.toHaveAttribute("aria-busy", "true");
    await expect(page.getByRole("status").filter({ hasText: `Nearest to CT17 9DQ: ${SEEDED} drop-off points.` })).toHaveCount(1);
    await expect(field).toHaveValue("CT17 9DQ");
    expect(searches).toHaveLength(1);
  });
});

test.describe("the map beside the list", () => {
  test("shows every point as a numbered link to its entry, from the configured tile server only", async ({ page }) => {
    const elsewhere = watchThirdPartyRequests(page);
    const tiles: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "image" && request.url().startsWith(`${TILE_ORIGIN}/`)) tiles.push(request.url());
    });
    const response = await page.goto("/donation-points");
    // The security policy allows images from this one tile server, and nothing wider.
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(/img-src ([^;]*)/.exec(policy)?.[1]?.split(" ")).toEqual(["'self'", "data:", "blob:", TILE_ORIGIN]);

    const { region, markers, titled } = map(page);
    await expect(markers).toHaveCount(SEEDED);
    // Numbered as the list is, by town.
    await expect(titled("1. Digbeth Welcome Hall")).toHaveText("1");
    await expect(markers.filter({ hasText: /^\d+$/ })).toHaveCount(SEEDED);
    await expect(region.locator('.leaflet-marker-icon[title$=". Coldharbour Lane Community Kitchen, full for now"]')).toHaveCount(1);
    // No searched place, so no marker for one.
    await expect(region.getByRole("img", { name: /^Your / })).toHaveCount(0);
    // The tile server's credit, linked as configured.
    await expect(region.getByRole("link", { name: "Test tiles © OpenStreetMap contributors" })).toHaveAttribute(
      "href",
      "https://www.openstreetmap.org/copyright",
    );
    await expect.poll(() => tiles.length).toBeGreaterThan(0);
    await expectAccessible(page);
    expect(elsewhere).toEqual([]);
  });

  test("marks the searched postcode and leads from a marker to its entry in the list", async ({ page }) => {
    await page.goto("/donation-points?postcode=CT17+9DQ");
    const { region, titled } = map(page);
    await expect(region.getByRole("img", { name: "Your postcode, CT17 9DQ" })).toBeVisible();
    await expect(titled("1. Pencester Road Community Hall")).toHaveText("1");
    await titled("2. Tontine Street Studios").click();
    await expect(page).toHaveURL(/#point-/);
    const target = page.locator(":target");
    await expect(target).toHaveText("Tontine Street Studios");
    await expect(target).toBeInViewport();
    await expectAccessible(page);
  });

  test("is no keyboard trap: Tab goes through the map and out of it", async ({ page }) => {
    await page.goto("/donation-points");
    const { region, markers } = map(page);
    await expect(markers).toHaveCount(SEEDED);
    await region.getByRole("group").focus();
    const inMap = () => page.evaluate(() => Boolean(document.activeElement?.closest(".finder-map")));
    expect(await inMap()).toBe(true);
    // The map, its two zoom buttons and the credit: then out.
    for (let presses = 0; presses < SEEDED + 6 && (await inMap()); presses++) await page.keyboard.press("Tab");
    expect(await inMap()).toBe(false);
    await page.keyboard.press("Shift+Tab");
    expect(await inMap()).toBe(true);
  });
});

test.describe("use my location", () => {
  test.use({ geolocation: { latitude: 51.0815, longitude: 1.1847 }, permissions: ["geolocation"] });

  test("sorts the points by distance from where the browser says it is", async ({ page }) => {
    await page.goto("/donation-points");
    await page.getByRole("button", { name: "Use my location" }).click();
    await expect(page).toHaveURL(/[?&]lat=51\.08\d&lng=1\.18\d/);
    const { items, names } = results(page, "Nearest to you");
    await expect(names.nth(0)).toHaveText("Tontine Street Studios");
    await expect(names.nth(1)).toHaveText("Pencester Road Community Hall");
    await expect(items.nth(0)).toContainText("0.0 miles away");
    await expect(page.getByRole("textbox", { name: "Your postcode", exact: true })).toHaveValue("");
    await expectAccessible(page);
  });
});

test.describe("use my location, refused", () => {
  test.use({ permissions: [] });

  test("says so plainly, and the list stays as it was", async ({ page, context }) => {
    await context.clearPermissions();
    await page.goto("/donation-points");
    await page.getByRole("button", { name: "Use my location" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your browser didn’t share your location" })).toBeVisible();
    await expect(results(page, "Every drop-off point").items).toHaveCount(SEEDED);
  });
});
