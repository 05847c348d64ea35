// A coat drive's photo and end date against a real PostgreSQL, real sharp and files in a real
// folder: the photo stored with the drive, replaced ones deleted only after the save commits (and
// never while a post or another drive shows the same image), unconfirmed drives purged with their
// photos; a drive past its end date shown as ended before the sweep closes it.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDriveSchema, editDriveSchema } from "@/lib/coat-drives/drive-schema";
import { purgeUnconfirmedDrives } from "@/lib/coat-drives/purge-unconfirmed";
import { findPublicDrive, listLiveDrives, listSitemapDrives } from "@/lib/coat-drives/queries";
import { saveDrive } from "@/lib/coat-drives/staff-changes";
import { startDrive } from "@/lib/coat-drives/start-drive";
import { CoatDriveStatus } from "@/lib/generated/prisma/enums";
import { processPageImage, type ProcessedPageImage } from "@/lib/images/page-image";
import { pageImageObjectKeys } from "@/lib/images/page-image-keys";
import { releasePageImage } from "@/lib/images/page-image-store";
import { createLocalStorage, type LocalStorage } from "@/lib/storage/local-storage";
import { seed } from "@/prisma/seed/seed";
import { solidJpeg } from "../support/image-fixtures";
import { recordingEnqueue } from "../support/newsletter-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let dir: string;
let files: LocalStorage;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "coat-drive-photos-"));
  files = createLocalStorage({ root: dir });
});
afterAll(async () => {
  await t?.drop();
  await fs.rm(dir, { recursive: true, force: true });
});

const today = () => new Date().toISOString().slice(0, 10);

async function image(colour: string): Promise<ProcessedPageImage> {
  const result = await processPageImage(await solidJpeg(1800, 1200, colour));
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const stored = async (key: string) => Promise.all(pageImageObjectKeys(key).map(async (k) => (await files.read(k)) !== null));

async function started(name: string, photo?: ProcessedPageImage) {
  const input = startDriveSchema(today()).parse({
    organiserName: "Jo Head",
    email: "head@school.example",
    name,
    kind: "SCHOOL",
    goal: "50",
    story: "Our pupils are collecting coats all through December.",
    photoAlt: photo ? "Pupils with bags of coats in the school hall" : "",
    agree: "on",
  });
  return startDrive(t.db, recordingEnqueue().enqueue, input, { sendEmail: true, ...(photo ? { photo: { image: photo, storage: files } } : {}) });
}

const row = (id: string) => t.db.coatDrive.findUniqueOrThrow({ where: { id }, select: { photoKey: true, photoAlt: true, version: true } });

const edit = (version: number, photoAlt: string) =>
  editDriveSchema(today()).parse({
    name: "Elm Road keeps warm",
    kind: "NEIGHBOURS",
    goal: "50",
    story: "Our pupils are collecting coats all through December.",
    photoAlt,
    version: String(version),
  });

describe("a drive's photo", () => {
  it("is stored with the drive when one is chosen at the start, with its description; a drive without one has none", async () => {
    const photo = await image("#2f5d50");
    const withPhoto = await started("St Mary's coat drive", photo);
    expect(await row(withPhoto.id)).toMatchObject({ photoKey: photo.key, photoAlt: "Pupils with bags of coats in the school hall" });
    expect(await stored(photo.key)).toEqual([true, true]);
    const without = await started("Elm Road keeps warm");
    expect(await row(without.id)).toMatchObject({ photoKey: null, photoAlt: null });
  });

  it("replaced: the new photo is stored with the save, the old one deleted only once the save has committed", async () => {
    const first = await image("#1d3557");
    const drive = await started("Photo replaced", first);
    const second = await image("#e76f51");
    const before = await row(drive.id);

    // A stale save (someone else saved first) writes nothing and lets nothing go.
    const stale = await saveDrive(t.db, { id: drive.id, fields: edit(before.version + 5, "A new photo"), photo: { image: second, storage: files } }, undefined);
    expect(stale).toEqual({ ok: false, reason: "stale" });
    expect(await stored(second.key)).toEqual([false, false]);
    expect((await row(drive.id)).photoKey).toBe(first.key);

    const saved = await saveDrive(
      t.db,
      { id: drive.id, fields: edit(before.version, "Coats piled by the gate"), photo: { image: second, storage: files } },
      undefined,
    );
    expect(saved).toEqual({ ok: true, slug: expect.any(String), releasedPhoto: first.key });
    expect(await row(drive.id)).toMatchObject({ photoKey: second.key, photoAlt: "Coats piled by the gate" });
    // Saved, not yet released: the old photo is still there until the caller lets it go.
    expect(await stored(first.key)).toEqual([true, true]);
    expect(await releasePageImage(t.db, files, first.key)).toBe("deleted");
    expect(await stored(first.key)).toEqual([false, false]);
    expect(await stored(second.key)).toEqual([true, true]);

    // A save without a new photo keeps the current one and lets nothing go.
    const kept = await saveDrive(t.db, { id: drive.id, fields: edit(before.version + 1, "Coats piled by the gate") }, undefined);
    expect(kept).toMatchObject({ ok: true, releasedPhoto: null });
  });

  it("is never deleted while a post or another drive shows the same image (it is stored once)", async () => {
    const shared = await image("#8d99ae");
    const one = await started("Shared one", shared);
    const other = await started("Shared two", shared);
    await t.db.post.create({ data: { slug: "same-photo-post", title: "Same photo", excerpt: "x", body: "x", category: "NEWS", coverImage: shared.key } });
    const replacement = await image("#edf2f4");
    const v = (await row(one.id)).version;
    const saved = await saveDrive(t.db, { id: one.id, fields: edit(v, "Another photo"), photo: { image: replacement, storage: files } }, undefined);
    expect(saved).toMatchObject({ ok: true, releasedPhoto: shared.key });
    expect(await releasePageImage(t.db, files, shared.key)).toBe("still-used");
    await t.db.post.delete({ where: { slug: "same-photo-post" } });
    expect(await releasePageImage(t.db, files, shared.key)).toBe("still-used"); // the other drive
    await t.db.coatDrive.update({ where: { id: other.id }, data: { photoKey: null } });
    expect(await releasePageImage(t.db, files, shared.key)).toBe("deleted");
    expect(await stored(shared.key)).toEqual([false, false]);
  });

  it("goes with a drive whose organiser never confirmed their address, once the link has expired", async () => {
    const photo = await image("#6a994e");
    const expired = await started("Never confirmed", photo);
    const waiting = await started("Still waiting", await image("#bc4749"));
    const confirmed = await started("Confirmed in time", await image("#386641"));
    await t.db.coatDrive.update({ where: { id: confirmed.id }, data: { status: CoatDriveStatus.PENDING_APPROVAL, confirmTokenExpiresAt: null } });
    const later = new Date(Date.now() + 73 * 3_600_000);
    await t.db.coatDrive.update({ where: { id: waiting.id }, data: { confirmTokenExpiresAt: new Date(later.getTime() + 3_600_000) } });

    // Every drive this file started and left unconfirmed has expired by then too.
    expect(await purgeUnconfirmedDrives(t.db, files, later)).toBeGreaterThanOrEqual(1);
    expect(await t.db.coatDrive.count({ where: { id: expired.id } })).toBe(0);
    expect(await stored(photo.key)).toEqual([false, false]);
    expect(await t.db.coatDrive.count({ where: { id: { in: [waiting.id, confirmed.id] } } })).toBe(2);
  });
});

describe("a drive's end date", () => {
  it("ends a live drive from midnight (London) after its last day, whether or not the sweep has closed it", async () => {
    const drive = await started("Ends soon");
    await t.db.coatDrive.update({
      where: { id: drive.id },
      data: { status: CoatDriveStatus.LIVE, approvedAt: new Date(), endsOn: new Date("2026-12-20T00:00:00Z") },
    });
    const counting = { livemode: false };
    const lastDay = new Date("2026-12-20T23:59:00Z"); // GMT in December: still the 20th in London
    const nextDay = new Date("2026-12-21T00:00:00Z");
    expect((await findPublicDrive(t.db, drive.slug, counting, lastDay))?.ended).toBe(false);
    expect((await listLiveDrives(t.db, counting, lastDay)).map((d) => d.slug)).toContain(drive.slug);
    expect((await listSitemapDrives(t.db, lastDay)).map((d) => d.slug)).toContain(drive.slug);
    expect((await findPublicDrive(t.db, drive.slug, counting, nextDay))?.ended).toBe(true);
    expect((await listLiveDrives(t.db, counting, nextDay)).map((d) => d.slug)).not.toContain(drive.slug);
    expect((await listSitemapDrives(t.db, nextDay)).map((d) => d.slug)).not.toContain(drive.slug);
  });
});
