// Drafts of updates, kept by "Send a test to me" (app/admin/newsletters/actions.ts) on a real
// PostgreSQL: kept as typed, updated in place, never cut, and gone once the update is sent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { draftIdOf, findDraft, listDrafts, removeDraft, saveDraft } from "@/lib/newsletter/drafts";
import { NEWSLETTER_BODY_MAX, NEWSLETTER_SUBJECT_MAX } from "@/lib/newsletter/newsletter-schema";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

let t: TestDatabase;
let staffId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  staffId = (await t.db.user.create({ data: { email: "drafter@example.org", role: StaffRole.ADMIN }, select: { id: true } })).id;
});
afterAll(async () => {
  await t?.drop();
});

describe("newsletter drafts", () => {
  it("keeps an update as typed, even one its rules would refuse, with a browser's line endings made plain", async () => {
    const saved = await saveDraft(t.db, { id: null, subject: "", body: "Thank you,\r\nThe Calais team" }, staffId);
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.id : "";
    expect(draftIdOf(id)).toBe(id);
    expect(await findDraft(t.db, id)).toMatchObject({ id, subject: "", body: "Thank you,\nThe Calais team" });
    expect(await t.db.newsletterDraft.findUnique({ where: { id }, select: { updatedById: true } })).toEqual({ updatedById: staffId });
  });

  it("updates the draft it names in place, and starts a new one when that draft is gone", async () => {
    const first = await saveDraft(t.db, { id: null, subject: "Saturday", body: "One" }, staffId);
    const id = first.ok ? first.id : "";
    expect(await saveDraft(t.db, { id, subject: "Saturday in Calais", body: "Two" }, staffId)).toEqual({ ok: true, id });
    expect(await findDraft(t.db, id)).toMatchObject({ subject: "Saturday in Calais", body: "Two" });
    expect(await t.db.newsletterDraft.count({ where: { id } })).toBe(1);

    await removeDraft(t.db, id);
    expect(await findDraft(t.db, id)).toBeNull();
    const again = await saveDraft(t.db, { id, subject: "Saturday in Calais", body: "Three" }, staffId);
    expect(again.ok && again.id !== id).toBe(true);
    expect((await listDrafts(t.db))[0]).toMatchObject({ subject: "Saturday in Calais", body: "Three" });
  });

  it("refuses text over the limits rather than keeping it cut, and writes nothing", async () => {
    const before = await t.db.newsletterDraft.count();
    expect(await saveDraft(t.db, { id: null, subject: "x".repeat(NEWSLETTER_SUBJECT_MAX + 1), body: "" }, staffId)).toEqual({ ok: false, reason: "too-long" });
    expect(await saveDraft(t.db, { id: null, subject: "Long", body: "x".repeat(NEWSLETTER_BODY_MAX + 1) }, staffId)).toEqual({ ok: false, reason: "too-long" });
    // At the limit, counting each line break once, it is kept whole.
    const atLimit = `${"x".repeat(NEWSLETTER_BODY_MAX - 1)}\r\n`;
    const kept = await saveDraft(t.db, { id: null, subject: "Long", body: atLimit }, staffId);
    expect(kept.ok).toBe(true);
    expect((await findDraft(t.db, kept.ok ? kept.id : ""))?.body).toHaveLength(NEWSLETTER_BODY_MAX);
    expect(await t.db.newsletterDraft.count()).toBe(before + 1);
  });

  it("reads only ids the form could carry", async () => {
    expect(draftIdOf("../etc")).toBeNull();
    expect(draftIdOf(["a"])).toBeNull();
    expect(draftIdOf("")).toBeNull();
    expect(await findDraft(t.db, null)).toBeNull();
  });
});
