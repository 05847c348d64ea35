// Site pages on a real PostgreSQL: what staff saved wins; a page the code knows (the accessibility
// statement) is still shown on an install made before it existed, until someone saves their own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityStatement } from "@/lib/site-pages/default-pages";
import { findSitePage } from "@/lib/site-pages/queries";
import { seed } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
});
afterAll(() => t?.drop());

describe("findSitePage", () => {
  it("reads the seeded about, privacy and accessibility pages", async () => {
    for (const slug of ["about", "privacy", "accessibility"]) expect((await findSitePage(t.db, slug))?.slug).toBe(slug);
  });

  it("shows the code's accessibility statement on an install that never had one, and staff's own once saved", async () => {
    await t.db.sitePage.delete({ where: { slug: "accessibility" } });
    expect(await findSitePage(t.db, "accessibility")).toMatchObject({
      title: accessibilityStatement.title,
      body: accessibilityStatement.body,
      updatedAt: null,
    });
    await t.db.sitePage.create({ data: { slug: "accessibility", title: "Our accessibility", description: "Ours.", body: "Our own words." } });
    expect(await findSitePage(t.db, "accessibility")).toMatchObject({ title: "Our accessibility", body: "Our own words." });
  });

  it("knows no page it was not given, nor anything on Object's prototype", async () => {
    expect(await findSitePage(t.db, "no-such-page")).toBeNull();
    expect(await findSitePage(t.db, "constructor")).toBeNull();
  });
});
