import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processPageImage, type ProcessedPageImage } from "@/lib/images/page-image";
import { pageImageObjectKeys } from "@/lib/images/page-image-keys";
import { releasePageImage } from "@/lib/images/page-image-store";
import { postFormSchema } from "@/lib/posts/post-form-schema";
import { savePost } from "@/lib/posts/save-post";
import { createLocalStorage, type LocalStorage } from "@/lib/storage/local-storage";
import { StorageError, type Storage } from "@/lib/storage/storage";
import { DEMO_ADMIN_EMAIL, seed } from "../../prisma/seed/seed";
import { solidJpeg } from "../support/image-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let actorId: string;
let dir: string;
let files: LocalStorage;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
  actorId = (await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).id;
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "post-cover-test-"));
  files = createLocalStorage({ root: dir });
});
afterAll(async () => {
  await t.drop();
  await fs.rm(dir, { recursive: true, force: true });
});

const form = (fields: Record<string, string>) =>
  postFormSchema.parse({
    title: "Coats for the Dunkirk camp",
    slug: "",
    category: "NEWS",
    excerpt: "A van of coats arrived.",
    body: "We handed out coats.",
    ...fields,
  });

async function cover(colour: string): Promise<ProcessedPageImage> {
  const result = await processPageImage(await solidJpeg(1800, 1200, colour));
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const stored = async (key: string) => Promise.all(pageImageObjectKeys(key).map(async (k) => (await files.read(k)) !== null));
const row = (slug: string) => t.db.post.findUniqueOrThrow({ where: { slug }, select: { id: true, version: true, coverImage: true, coverAlt: true } });

describe("a post's cover image", () => {
  it("stores a new post's image with its description, and records it", async () => {
    const image = await cover("#2f5d50");
    const saved = await savePost(t.db, form({ coverAlt: "Volunteers unloading a van of coats" }), actorId, new Date(), { image, storage: files });
    expect(saved).toMatchObject({ ok: true, releasedCover: null });
    expect(await row("coats-for-the-dunkirk-camp")).toMatchObject({ coverImage: image.key, coverAlt: "Volunteers unloading a van of coats" });
    expect(await stored(image.key)).toEqual([true, true]);
    expect(await t.db.auditLog.findFirstOrThrow({ where: { subject: "coats-for-the-dunkirk-camp" } })).toMatchObject({
      action: "post.create",
      details: { cover: "added", title: "Coats for the Dunkirk camp" },
    });
  });

  it("needs a description whenever there is an image, and then stores nothing", async () => {
    const image = await cover("#8a3b12");
    expect(await savePost(t.db, form({ title: "No description" }), actorId, new Date(), { image, storage: files })).toEqual({
      ok: false,
      reason: "alt-missing",
    });
    expect(await t.db.post.findUnique({ where: { slug: "no-description" } })).toBeNull();
    expect(await stored(image.key)).toEqual([false, false]);

    // Keeping the current image but clearing its description is refused too.
    const post = await row("coats-for-the-dunkirk-camp");
    expect(await savePost(t.db, form({ id: post.id, version: String(post.version), coverAlt: "" }), actorId)).toEqual({ ok: false, reason: "alt-missing" });
    // Removing the image at the same time is fine: the description goes with it.
    const removedToo = await savePost(t.db, form({ title: "Draft to remove from", slug: "remove-me" }), actorId);
    if (!removedToo.ok) throw new Error("expected to save");
    expect(
      await savePost(t.db, form({ id: removedToo.id, version: String(removedToo.version), slug: "remove-me", coverAlt: "", removeCover: "yes" }), actorId),
    ).toMatchObject({ ok: true });
  });

  it("keeps the image on a save that does not touch it, and updates its description", async () => {
    const before = await row("coats-for-the-dunkirk-camp");
    const saved = await savePost(
      t.db,
      form({ id: before.id, version: String(before.version), coverAlt: "Two volunteers unloading coats from a white van" }),
      actorId,
    );
    expect(saved).toMatchObject({ ok: true, releasedCover: null });
    expect(await row("coats-for-the-dunkirk-camp")).toMatchObject({
      coverImage: before.coverImage,
      coverAlt: "Two volunteers unloading coats from a white van",
    });
  });

  it("replaces: the new image is stored with the save, the old one deleted only after, when no post uses it", async () => {
    const before = await row("coats-for-the-dunkirk-camp");
    const oldKey = before.coverImage ?? "";
    const image = await cover("#1d3557");
    const saved = await savePost(t.db, form({ id: before.id, version: String(before.version), coverAlt: "A queue for coats at dusk" }), actorId, new Date(), {
      image,
      storage: files,
    });
    if (!saved.ok) throw new Error(saved.reason);
    expect(saved.releasedCover).toBe(oldKey);
    expect(await row("coats-for-the-dunkirk-camp")).toMatchObject({ coverImage: image.key, coverAlt: "A queue for coats at dusk" });
    // Saved, not yet released: the old image is still there.
    expect(await stored(oldKey)).toEqual([true, true]);
    expect(await releasePageImage(t.db, files, oldKey)).toBe("deleted");
    expect(await stored(oldKey)).toEqual([false, false]);
    expect(await stored(image.key)).toEqual([true, true]);
  });

  it("never deletes an image another post still shows (the same photo is stored once)", async () => {
    const shared = (await row("coats-for-the-dunkirk-camp")).coverImage ?? "";
    const second = await savePost(t.db, form({ title: "Same photo, second post", coverAlt: "A queue for coats at dusk" }), actorId, new Date(), {
      image: await cover("#1d3557"),
      storage: files,
    });
    if (!second.ok) throw new Error("expected to save");
    expect((await row("same-photo-second-post")).coverImage).toBe(shared);

    const removed = await savePost(
      t.db,
      form({ id: second.id, version: String(second.version), title: "Same photo, second post", removeCover: "yes" }),
      actorId,
    );
    expect(removed).toMatchObject({ ok: true, releasedCover: shared });
    expect(await row("same-photo-second-post")).toMatchObject({ coverImage: null, coverAlt: null });
    expect(await releasePageImage(t.db, files, shared)).toBe("still-used");
    expect(await stored(shared)).toEqual([true, true]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { subject: "same-photo-second-post", action: "post.edit" } });
    // The cover by what happened to it; its description, which went with it, as a change.
    expect(audit.details).toMatchObject({ id: second.id, cover: "removed", changes: { coverAlt: { to: null } } });
  });

  it("stores nothing when the save is refused, and saves nothing when the storage fails", async () => {
    const before = await row("coats-for-the-dunkirk-camp");
    const stale = await cover("#e9c46a");
    // Someone else saved first: the version is stale.
    expect(
      await savePost(t.db, form({ id: before.id, version: String(before.version - 1), coverAlt: "Late" }), actorId, new Date(), {
        image: stale,
        storage: files,
      }),
    ).toEqual({ ok: false, reason: "conflict" });
    expect(await stored(stale.key)).toEqual([false, false]);

    const broken: Storage = {
      put: async () => {
        throw new StorageError("bucket unreachable");
      },
      delete: async () => {},
      publicUrl: (key) => key,
    };
    const result = await savePost(
      t.db,
      form({ id: before.id, version: String(before.version), title: "Renamed while the bucket is down", coverAlt: "Late" }),
      actorId,
      new Date(),
      { image: stale, storage: broken },
    );
    expect(result).toEqual({ ok: false, reason: "storage-failed" });
    // Nothing of the save happened: not the title, not the image, not the version.
    expect(await t.db.post.findUniqueOrThrow({ where: { id: before.id }, select: { title: true, coverImage: true, version: true } })).toEqual({
      title: "Coats for the Dunkirk camp",
      coverImage: before.coverImage,
      version: before.version,
    });
  });

  it("a release that meets an upload of the same photo waits for it, then keeps the files", async () => {
    const image = await cover("#6d597a");
    // A post had this photo and let it go: no post uses it now, but its files are still there.
    const had = await savePost(t.db, form({ title: "Photo let go", coverAlt: "Hats and gloves sorted on a table" }), actorId, new Date(), {
      image,
      storage: files,
    });
    if (!had.ok) throw new Error("expected to save");
    expect(await savePost(t.db, form({ id: had.id, version: String(had.version), title: "Photo let go", removeCover: "yes" }), actorId)).toMatchObject({
      ok: true,
      releasedCover: image.key,
    });

    // Meanwhile another post takes the same photo, and its upload is slow.
    let started!: () => void;
    let finish!: () => void;
    const putStarted = new Promise<void>((resolve) => (started = resolve));
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const slow: Storage = {
      put: async (key, body, type) => {
        started();
        await gate;
        await files.put(key, body, type);
      },
      delete: files.delete,
      publicUrl: files.publicUrl,
    };
    const upload = savePost(t.db, form({ title: "Photo taken up", coverAlt: "Hats and gloves sorted on a table" }), actorId, new Date(), {
      image,
      storage: slow,
    });
    await putStarted;
    // The release of the first post's image starts now: without the lock it would count no post
    // using the key (the upload has not committed) and delete the files the upload relies on.
    let released: string | null = null;
    const release = releasePageImage(t.db, files, image.key).then((outcome) => (released = outcome));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(released).toBeNull(); // waiting for the upload's lock
    finish();
    expect(await upload).toMatchObject({ ok: true });
    expect(await release).toBe("still-used");
    expect(await stored(image.key)).toEqual([true, true]);
  });
});
