import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { findPageForEditing } from "@/lib/site-pages/find-page-for-editing";
import { editablePage } from "@/lib/site-pages/editable-pages";
import { PAGE_BODY_MAX, pageFormSchema } from "@/lib/site-pages/page-form-schema";
import { saveSitePage } from "@/lib/site-pages/save-site-page";
import { findSitePage } from "@/lib/site-pages/queries";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let editor: { id: string; role: StaffRole };
let admin: { id: string; role: StaffRole };

beforeAll(async () => {
  t = await createTestDatabase();
  editor = await t.db.user.create({ data: { email: "ed@example.org", role: StaffRole.EDITOR }, select: { id: true, role: true } });
  admin = await t.db.user.create({ data: { email: "ada@example.org", role: StaffRole.ADMIN }, select: { id: true, role: true } });
});
afterAll(() => t.drop());

const form = (fields: Record<string, string>) => pageFormSchema.parse({ title: "About us", description: "Who we are.", body: "We hand out coats.", ...fields });

describe("editing site pages", () => {
  it("lets an editor write /about, recording who and only what changed", async () => {
    const first = await saveSitePage(t.db, form({ slug: "about", version: "0" }), editor);
    expect(first).toEqual({ ok: true, version: 1, changed: true });
    const second = await saveSitePage(t.db, form({ slug: "about", version: "1", body: "We hand out coats and sleeping bags." }), editor);
    expect(second).toEqual({ ok: true, version: 2, changed: true });
    expect(await findSitePage(t.db, "about")).toMatchObject({ title: "About us", body: "We hand out coats and sleeping bags." });
    const opened = await findPageForEditing(t.db, editablePage("about")!);
    expect(opened).toMatchObject({ version: 2, updatedBy: { email: "ed@example.org" }, saved: true });
    const audits = await t.db.auditLog.findMany({
      where: { action: "site-page.edit", subject: "about" },
      orderBy: { createdAt: "asc" },
      select: { details: true, actorId: true },
    });
    expect(audits.at(-1)).toEqual({
      actorId: editor.id,
      details: { changes: { body: { from: "We hand out coats.", to: "We hand out coats and sleeping bags." } } },
    });
  });

  it("keeps the legal statements for admins, refused beside the data whatever the caller", async () => {
    for (const slug of ["privacy", "accessibility"]) {
      expect(await saveSitePage(t.db, form({ slug, version: "0" }), editor)).toEqual({ ok: false, reason: "forbidden" });
    }
    expect(await t.db.sitePage.count({ where: { slug: { in: ["privacy", "accessibility"] } } })).toBe(0);
    // The accessibility statement opens with the code's own text until someone saves theirs.
    expect(await findPageForEditing(t.db, editablePage("accessibility")!)).toMatchObject({ title: "Accessibility statement", version: 0, saved: false });
    expect(await saveSitePage(t.db, form({ slug: "accessibility", version: "0", title: "Accessibility" }), admin)).toMatchObject({ ok: true });
    expect(await saveSitePage(t.db, form({ slug: "sitemap", version: "0" }), admin)).toEqual({ ok: false, reason: "not-editable" });
  });

  it("tells the later of two people who opened the same version, and overwrites nothing", async () => {
    const opened = await findPageForEditing(t.db, editablePage("about")!);
    expect(await saveSitePage(t.db, form({ slug: "about", version: String(opened.version), title: "About the appeal" }), admin)).toMatchObject({ ok: true });
    expect(await saveSitePage(t.db, form({ slug: "about", version: String(opened.version), title: "Overwritten" }), editor)).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect((await findSitePage(t.db, "about"))?.title).toBe("About the appeal");
  });

  it("refuses text over its limits with a message naming them, never cutting it", () => {
    const long = pageFormSchema.safeParse({ slug: "about", version: "1", title: "x".repeat(121), description: "", body: "y".repeat(PAGE_BODY_MAX + 1) });
    expect(long.success).toBe(false);
    const messages = long.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([
      "title: Keep the title to 120 characters or fewer: it has 121.",
      "description: Write a one- or two-sentence summary: it shows under the title and in search results",
      "body: Keep the page to 50,000 characters or fewer: it has 50,001.",
    ]);
    expect(pageFormSchema.safeParse({ slug: "about", version: "1", title: "A", description: "B", body: "The price is {coat cost}." }).success).toBe(false);
  });
});
