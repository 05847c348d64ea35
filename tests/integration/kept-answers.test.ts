// A staff form's answer to a post made without script, kept in the database for the page it
// returns to: read back whole (a page's long text included), and only by the member of staff who
// posted it, on that page, while it lasts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const id = "abcdefghijklmnopqrstuvwx";
const page = "/admin/pages/about";
const longText = "A line of the page.\n".repeat(2_500); // 50,000 characters: far more than a cookie holds

describe("kept answers", () => {
  beforeAll(async () => {
    await t.db.keptFormAnswer.create({
      data: {
        id,
        staffId: "staff-1",
        page,
        state: { status: "error", fieldErrors: { description: "Write a summary" }, values: { title: "About us", description: "", body: longText } },
        expiresAt: new Date("2026-12-06T12:10:00Z"),
      },
    });
  });

  it("gives the answer back whole to the one who posted it, on the page it was kept for", async () => {
    const answer = await keptAnswerFor(t.db, id, { staffId: "staff-1", page }, new Date("2026-12-06T12:05:00Z"));
    expect(answer?.status).toBe("error");
    expect(answer?.fieldErrors).toEqual({ description: "Write a summary" });
    expect(answer?.values?.body).toBe(longText);
  });

  it("gives nothing to anyone else, on another page, after it lapses, or for an id of the wrong shape", async () => {
    const at = new Date("2026-12-06T12:05:00Z");
    expect(await keptAnswerFor(t.db, id, { staffId: "staff-2", page }, at)).toBeUndefined();
    expect(await keptAnswerFor(t.db, id, { staffId: "staff-1", page: "/admin/pages/privacy" }, at)).toBeUndefined();
    expect(await keptAnswerFor(t.db, id, { staffId: "staff-1", page }, new Date("2026-12-06T12:10:00Z"))).toBeUndefined();
    expect(await keptAnswerFor(t.db, "short", { staffId: "staff-1", page }, at)).toBeUndefined();
    expect(await keptAnswerFor(t.db, ["a", "b"], { staffId: "staff-1", page }, at)).toBeUndefined();
  });
});
