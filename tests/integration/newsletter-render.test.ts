import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { seed } from "../../prisma/seed/seed";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "unit-test-secret-that-is-long-enough-123456";
});

const { newsletterRenderer } = await import("@/lib/newsletter/emails");
const { unsubscribeUrl } = await import("@/lib/newsletter/links");

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
});
afterAll(() => t.drop());

describe("newsletterRenderer", () => {
  it("gives every recipient their own unsubscribe link, in the HTML, the text and the headers", async () => {
    const render = await newsletterRenderer(t.db, { siteUrl: "https://appeal.example", postalAddress: "1 Example Yard" });
    const update = { id: "n1", subject: "Winter update", body: "Coats are **going out** every day." };
    const [a, b] = await Promise.all([render(update, { id: "sub_a", email: "a@example.org" }), render(update, { id: "sub_b", email: "b@example.org" })]);
    for (const [copy, id] of [
      [a, "sub_a"],
      [b, "sub_b"],
    ] as const) {
      const link = unsubscribeUrl("https://appeal.example", id);
      expect(copy.html).toContain(link.replaceAll("&", "&amp;"));
      expect(copy.text).toContain(link);
      expect(copy.headers?.["List-Unsubscribe"]).toContain(`s=${id}&`);
      expect(copy.html).not.toContain("unsubscribe.invalid");
      expect(copy.text).not.toContain("unsubscribe.invalid");
      expect(copy.html).toContain("<strong>going out</strong>");
      expect(copy.html).toContain("Calais Winter Aid");
    }
    expect(a.idempotencyKey).toBe("newsletter/n1/sub_a");
    expect(a.html).not.toContain("s=sub_b");
  });
});
