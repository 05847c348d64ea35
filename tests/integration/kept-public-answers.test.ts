// A public form's answer to a post made without script, kept in the database under a random key
// (lib/forms/public-answers.ts): read back whole (a story far longer than a cookie could carry),
// by any server on the same database, only with its own key and form name, and only while it lasts.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEPT_ANSWER_LIFETIME_MS } from "@/lib/forms/kept-answers";
import { KEPT_TEXT_MAX, keepable, keepPublicAnswer, publicAnswerFor, purgeLapsedAnswers, TOO_MUCH_TO_KEEP } from "@/lib/forms/public-answers";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
/** A second server's client: its own connections to the same database. */
let other: PrismaClient;
beforeAll(async () => {
  t = await createTestDatabase();
  other = new PrismaClient({ adapter: new PrismaPg({ connectionString: t.url }) });
});
afterAll(async () => {
  await other.$disconnect();
  await t.drop();
});

const at = new Date("2026-12-07T12:00:00Z");
const later = (ms: number) => new Date(at.getTime() + ms);
// 3,600 characters: more than the 3,000 a story takes, so refused, and kept whole to be shortened.
const story = "Our pupils are collecting coats all December, door to door.\n".repeat(60);
const refused = {
  status: "error" as const,
  message: "Please check the highlighted answers.",
  fieldErrors: { story: "Please keep the story to 3,000 characters" },
  values: { name: "St Mary’s coat drive", story, goal: "30" },
};

describe("kept public answers", () => {
  it("gives an answer back whole, to another server on the same database", async () => {
    expect(story.length).toBeGreaterThan(3_000);
    const key = await keepPublicAnswer(t.db, { name: "coat-drive-edit", state: refused }, at);
    expect(key).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const answer = await publicAnswerFor(other, key, "coat-drive-edit", later(30_000));
    expect(answer).toEqual(refused);
    expect(answer?.values?.story).toHaveLength(story.length);
  });

  it("gives nothing for another browser's key, another form's name, a key of the wrong shape, or after ten minutes", async () => {
    const key = await keepPublicAnswer(t.db, { name: "donate", state: refused }, at);
    const otherBrowsers = await keepPublicAnswer(other, { name: "donate", state: { status: "error", values: { firstName: "Sam" } } }, at);
    expect(otherBrowsers).not.toBe(key);
    expect((await publicAnswerFor(t.db, otherBrowsers, "donate", later(1_000)))?.values).toEqual({ firstName: "Sam" });
    expect(await publicAnswerFor(t.db, "abcdefghijklmnopqrstuvwx", "donate", later(1_000))).toBeUndefined();
    expect(await publicAnswerFor(t.db, key, "signup", later(1_000))).toBeUndefined();
    expect(await publicAnswerFor(t.db, "short", "donate", later(1_000))).toBeUndefined();
    expect(await publicAnswerFor(t.db, ["a", "b"], "donate", later(1_000))).toBeUndefined();
    expect(await publicAnswerFor(t.db, key, "donate", later(KEPT_ANSWER_LIFETIME_MS - 1))).toEqual(refused);
    expect(await publicAnswerFor(t.db, key, "donate", later(KEPT_ANSWER_LIFETIME_MS))).toBeUndefined();
  });

  it("a new answer for the same form replaces the browser's last one; lapsed answers go as it is kept", async () => {
    const first = await keepPublicAnswer(t.db, { name: "signup", state: refused }, at);
    const second = await keepPublicAnswer(t.db, { name: "signup", state: { status: "success", message: "Thank you!" }, replacing: first }, later(5_000));
    expect(await publicAnswerFor(t.db, first, "signup", later(6_000))).toBeUndefined();
    expect(await publicAnswerFor(t.db, second, "signup", later(6_000))).toEqual({ status: "success", message: "Thank you!" });
    expect(await t.db.keptPublicAnswer.count({ where: { id: first } })).toBe(0);

    await keepPublicAnswer(t.db, { name: "signup", state: refused }, later(KEPT_ANSWER_LIFETIME_MS + 10_000));
    expect(await t.db.keptPublicAnswer.count({ where: { id: second } })).toBe(0);
  });

  it("the hourly job deletes every answer past its time, public and staff, and nothing else", async () => {
    const now = new Date("2026-12-08T09:00:00Z");
    await t.db.keptPublicAnswer.deleteMany({});
    const current = await keepPublicAnswer(t.db, { name: "donate", state: refused }, now);
    const lapsed = await keepPublicAnswer(t.db, { name: "donate", state: refused }, new Date(now.getTime() - KEPT_ANSWER_LIFETIME_MS - 1));
    await t.db.keptFormAnswer.create({
      data: { id: "staffanswerlapsed0000000", staffId: "staff-1", page: "/admin/pages/about", state: refused, expiresAt: new Date(now.getTime() - 1) },
    });
    expect(await purgeLapsedAnswers(t.db, now)).toBe(2);
    expect(await t.db.keptPublicAnswer.findMany({ select: { id: true } })).toEqual([{ id: current }]);
    expect(await t.db.keptPublicAnswer.count({ where: { id: lapsed } })).toBe(0);
    expect(await t.db.keptFormAnswer.count()).toBe(0);
  });

  it("keeps values of any length a form takes; past its ceiling, keeps none and says so", async () => {
    const long = {
      status: "error" as const,
      fieldErrors: { body: "Keep the update to 100,000 characters or fewer: it has 100,001." },
      values: { body: "x".repeat(100_001) },
    };
    expect(keepable(long)).toBe(long);
    const tooMuch = keepable({
      status: "error",
      fieldErrors: { story: "Please keep the story to 3,000 characters" },
      values: { story: "x".repeat(KEPT_TEXT_MAX + 1) },
    });
    expect(tooMuch).toEqual({
      status: "error",
      message: TOO_MUCH_TO_KEEP,
      fieldErrors: { story: "Please keep the story to 3,000 characters", form: TOO_MUCH_TO_KEEP },
    });
    const key = await keepPublicAnswer(t.db, { name: "coat-drive-start", state: { status: "error", values: { story: "x".repeat(KEPT_TEXT_MAX + 1) } } }, at);
    expect((await publicAnswerFor(other, key, "coat-drive-start", later(1_000)))?.values).toBeUndefined();
  });
});
