import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostStatus } from "@/lib/generated/prisma/enums";
import { postFormSchema } from "@/lib/posts/post-form-schema";
import { findVisiblePost } from "@/lib/posts/queries";
import { savePost } from "@/lib/posts/save-post";
import { slugify } from "@/lib/posts/slugify";
import { toLondonInputValue } from "@/lib/format/london-time";
import { DEMO_ADMIN_EMAIL, seed } from "../../prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let actorId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
  actorId = (await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).id;
});
afterAll(() => t.drop());

const form = (fields: Record<string, string>) =>
  postFormSchema.parse({
    title: "Coats reach Dunkirk",
    slug: "",
    category: "NEWS",
    excerpt: "A van of coats arrived.",
    body: "## Today\n\nWe handed out **200** coats.",
    ...fields,
  });

describe("savePost", () => {
  it("makes the address from the title, publishes now, and records who did it", async () => {
    const now = new Date("2026-12-01T10:00:00Z");
    const saved = await savePost(t.db, form({ intent: "publish" }), actorId, now);
    expect(saved).toMatchObject({ ok: true, slugs: ["coats-reach-dunkirk"], version: 1 });
    expect(await findVisiblePost(t.db, "coats-reach-dunkirk", now)).toMatchObject({ title: "Coats reach Dunkirk" });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { subject: "coats-reach-dunkirk" } });
    expect(audit).toMatchObject({ actorId, action: "post.publish" });
  });

  it("refuses a second post at the same address, and a save from a stale version", async () => {
    expect(await savePost(t.db, form({ title: "Another", slug: "coats-reach-dunkirk" }), actorId)).toEqual({ ok: false, reason: "slug-taken" });
    const post = await t.db.post.findUniqueOrThrow({ where: { slug: "coats-reach-dunkirk" } });
    const first = await savePost(
      t.db,
      form({ id: post.id, version: String(post.version), title: "Coats reach Dunkirk at last", slug: "coats-reach-dunkirk" }),
      actorId,
    );
    expect(first.ok).toBe(true);
    // A second editor who opened the same version: told, and nothing written.
    expect(await savePost(t.db, form({ id: post.id, version: String(post.version), title: "Overwrite", slug: "coats-reach-dunkirk" }), actorId)).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect((await t.db.post.findUniqueOrThrow({ where: { id: post.id } })).title).toBe("Coats reach Dunkirk at last");
  });

  it("schedules for later, hides until then, and unpublishes back to a draft; an address change refreshes both", async () => {
    // To the minute, as the editor's input sends it: London time, no zone.
    const when = new Date(Math.floor((Date.now() + 86_400_000) / 60_000) * 60_000);
    const scheduled = await savePost(t.db, form({ title: "Tomorrow", intent: "schedule", publishAt: toLondonInputValue(when) }), actorId);
    if (!scheduled.ok) throw new Error("expected to save");
    expect(await findVisiblePost(t.db, "tomorrow", new Date())).toBeNull();
    expect(await findVisiblePost(t.db, "tomorrow", new Date(when.getTime() + 1000))).not.toBeNull();
    const moved = await savePost(
      t.db,
      form({ id: scheduled.id, version: String(scheduled.version), title: "Tomorrow", slug: "tomorrow-in-calais", intent: "unpublish" }),
      actorId,
    );
    expect(moved).toMatchObject({ ok: true, slugs: ["tomorrow", "tomorrow-in-calais"] });
    expect((await t.db.post.findUniqueOrThrow({ where: { slug: "tomorrow-in-calais" } })).status).toBe(PostStatus.DRAFT);
  });

  it("validates the form with messages a person understands", () => {
    const result = postFormSchema.safeParse({
      title: "",
      slug: "Not A Slug!",
      category: "NEWS",
      excerpt: "",
      body: "",
      intent: "schedule",
      publishAt: "2000-01-01T00:00",
    });
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "title: Give the post a title",
        "slug: Use lower-case letters, numbers and single hyphens, like winter-update",
        "excerpt: Write a one- or two-sentence summary",
        "body: Write the post",
        "publishAt: Choose a time in the future, or publish now",
      ]),
    );
    expect(slugify("Café £13 appeal: Calais & Dunkirk!")).toBe("cafe-13-appeal-calais-dunkirk");
  });

  it("reads the time to publish as London time, stored in UTC, and refuses a time the clocks skip", () => {
    const fields = { title: "Later", slug: "", category: "NEWS", excerpt: "Soon.", body: "Soon.", intent: "schedule" };
    // 09:30 in British Summer Time is 08:30 UTC; in winter they agree.
    expect(postFormSchema.parse({ ...fields, publishAt: "2099-06-01T09:30" }).publishAt).toEqual(new Date("2099-06-01T08:30:00Z"));
    expect(postFormSchema.parse({ ...fields, publishAt: "2099-12-01T09:30" }).publishAt).toEqual(new Date("2099-12-01T09:30:00Z"));
    // 01:30 the night the clocks go back happens twice: the first, still in BST.
    expect(postFormSchema.parse({ ...fields, publishAt: "2099-10-25T01:30" }).publishAt).toEqual(new Date("2099-10-25T00:30:00Z"));
    const skipped = postFormSchema.safeParse({ ...fields, publishAt: "2099-03-29T01:30" });
    expect(skipped.success ? [] : skipped.error.issues.map((i) => i.message)).toEqual([
      "There is no 01:30 on 29 March 2099 in London: the clocks go forward from 01:00 to 02:00 that night. Choose another time, such as 02:00.",
    ]);
    const empty = postFormSchema.safeParse({ ...fields, publishAt: "" });
    expect(empty.success ? [] : empty.error.issues.map((i) => i.message)).toEqual(["Choose the date and the London time to publish"]);
    // Not scheduling: no time is read, whatever the field holds.
    expect(postFormSchema.parse({ ...fields, intent: "draft", publishAt: "nonsense" }).publishAt).toBeNull();
  });
});
