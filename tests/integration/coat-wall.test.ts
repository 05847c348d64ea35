// The coat wall against a real PostgreSQL, real sharp, files in a real folder, and the local fake
// of Resend driven by the real SDK: upload → confirmation email → confirm → approve (audited, "it's
// up" email) → reports take it off the wall → staff take it down or the uploader deletes it, files
// and all.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const { dataDir } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coat-wall-"));
  vi.stubEnv("AUTH_SECRET", "coat-wall-tests-secret-0123456789abcdefghijklmn");
  vi.stubEnv("DATA_DIR", dir);
  return { dataDir: dir };
});

import fs from "node:fs";
import path from "node:path";
import { confirmCoatPhoto } from "@/lib/coat-wall/confirm-photo";
import { deleteCoatPhotoByToken } from "@/lib/coat-wall/delete-photo";
import { wallImageAccess } from "@/lib/coat-wall/image-access";
import { approvePhotos, linkPhotoToDelivery, takeDownPhoto } from "@/lib/coat-wall/moderate-photo";
import { REPORTS_TO_HIDE } from "@/lib/coat-wall/photo-limits";
import { photoObjectKeys } from "@/lib/coat-wall/photo-keys";
import { coatPhotoSchema, type CoatPhotoInput } from "@/lib/coat-wall/photo-schema";
import { processPhoto, type ProcessedPhoto } from "@/lib/coat-wall/process-photo";
import { purgeUnconfirmedPhotos } from "@/lib/coat-wall/purge-unconfirmed";
import { findWallPhoto, listWallPhotos, moderationQueue } from "@/lib/coat-wall/queries";
import { reportPhoto } from "@/lib/coat-wall/report-photo";
import { sendCoatWallApproved, sendCoatWallConfirmation } from "@/lib/coat-wall/send-emails";
import { submitCoatPhoto } from "@/lib/coat-wall/submit-photo";
import { createResendTransport } from "@/lib/email/resend-transport";
import { CoatPhotoStatus, StaffRole } from "@/lib/generated/prisma/enums";
import { queues } from "@/lib/queue/jobs";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { startFakeResend, type FakeEmail, type FakeResend } from "../support/fake-resend";
import { solidJpeg } from "../support/image-fixtures";
import { TEST_API_KEY, TEST_FROM, TEST_SITE_URL, emailConfig, jobsFor, noWait, recordingEnqueue } from "../support/newsletter-fixtures";
import { seed } from "../../prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let fake: FakeResend;
let staffId: string;
let pointId: string;
const files = createLocalStorage({ root: path.join(dataDir, "uploads") });
const fileExists = (key: string) => fs.existsSync(path.join(dataDir, "uploads", key));

beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
  fake = await startFakeResend({ apiKey: TEST_API_KEY });
  staffId = (await t.db.user.create({ data: { email: "moderator@example.org", role: StaffRole.EDITOR } })).id;
  pointId = (
    await t.db.donationPoint.create({ data: { name: "St Mary’s Hall", address: "1 Church Lane\nDover", postcode: "CT16 1AA", openingTimes: "", needs: "" } })
  ).id;
});

afterAll(async () => {
  await fake?.close();
  await t?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const transport = () => createResendTransport({ apiKey: TEST_API_KEY, from: TEST_FROM, baseUrl: fake.url });

function form(overrides: Record<string, string> = {}): CoatPhotoInput {
  return coatPhotoSchema.parse({
    photoBytes: "1000",
    firstName: "  Amira ",
    town: "Dover",
    donationPointId: pointId,
    message: "My old parka, still warm",
    email: "Amira@Example.org",
    consentPublish: "on",
    consentPictured: "on",
    ...overrides,
  });
}

async function photo(): Promise<ProcessedPhoto> {
  const result = await processPhoto(await solidJpeg(900, 1200, "#b5452b"));
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const linkIn = (email: FakeEmail | undefined, pathname: string) => {
  const match = new RegExp(`${TEST_SITE_URL}${pathname}\\?token=([A-Za-z0-9_-]{43})`).exec(email?.text ?? "");
  if (!match?.[1]) throw new Error(`No ${pathname} link in the email`);
  return match[1];
};

async function uploaded(email: string) {
  const { enqueue, jobs } = recordingEnqueue();
  const processed = await photo();
  const result = await submitCoatPhoto(t.db, files, enqueue, form({ email }), processed);
  if (!result.ok) throw new Error(result.reason);
  const [job] = jobsFor(jobs, queues.coatWallConfirm);
  expect(job).toEqual({ photoId: result.id });
  expect(await sendCoatWallConfirmation(t.db, emailConfig, job!, { transport: transport(), backoff: noWait })).toBe("sent");
  const sent = fake.sentTo(email).at(-1);
  return { id: result.id, processed, confirmToken: linkIn(sent, "/coat-wall/confirm"), deleteToken: linkIn(sent, "/coat-wall/delete"), sent };
}

describe("the coat wall, from upload to deletion", () => {
  it("keeps an upload private until its uploader confirms and staff approve it", async () => {
    const upload = await uploaded("amira@example.org");
    for (const key of photoObjectKeys(upload.processed.imageId, upload.processed)) expect(fileExists(key)).toBe(true);
    const row = await t.db.coatPhoto.findUniqueOrThrow({ where: { id: upload.id } });
    expect(row).toMatchObject({ status: CoatPhotoStatus.PENDING, firstName: "Amira", email: "amira@example.org", confirmedAt: null, reportCount: 0 });
    // Only hashes of the links are kept.
    expect(JSON.stringify(row)).not.toContain(upload.confirmToken);
    expect(JSON.stringify(row)).not.toContain(upload.deleteToken);
    // The email repeats nothing the uploader typed.
    expect(upload.sent?.text).not.toContain("Amira");
    expect(upload.sent?.text).not.toContain("parka");

    const fullKey = photoObjectKeys(upload.processed.imageId, upload.processed)[0] ?? "";
    expect(await wallImageAccess(t.db, fullKey)).toBe("staff");
    expect(await wallImageAccess(t.db, "covers/0123456789abcdef0123456789abcdef-10x10.webp")).toBeNull();
    expect(await wallImageAccess(t.db, "coat-wall/0123456789abcdef0123456789abcdef-10x10.webp")).toBe("nobody");
    // Not on the wall, not in the staff's queue before it is confirmed.
    expect(await findWallPhoto(t.db, upload.id)).toBeNull();
    expect((await moderationQueue(t.db)).waiting.map((p) => p.id)).not.toContain(upload.id);
    expect(await approvePhotos(t.db, recordingEnqueue().enqueue, [upload.id], staffId)).toEqual([]);

    expect(await confirmCoatPhoto(t.db, upload.confirmToken)).toBe("confirmed");
    expect(await confirmCoatPhoto(t.db, upload.confirmToken)).toBe("invalid"); // once
    expect((await moderationQueue(t.db)).waiting.map((p) => p.id)).toContain(upload.id);
    expect(await findWallPhoto(t.db, upload.id)).toBeNull();

    const { enqueue, jobs } = recordingEnqueue();
    expect(await approvePhotos(t.db, enqueue, [upload.id, upload.id], staffId)).toEqual([upload.id]);
    expect(await approvePhotos(t.db, enqueue, [upload.id], staffId)).toEqual([]); // decided once
    expect(jobsFor(jobs, queues.coatWallApproved)).toEqual([{ photoId: upload.id }]);
    expect(await t.db.auditLog.count({ where: { action: "coat-wall.approve", subject: upload.id, actorId: staffId } })).toBe(1);
    expect(await sendCoatWallApproved(t.db, emailConfig, { photoId: upload.id }, { transport: transport(), backoff: noWait })).toBe("sent");
    expect(fake.sentTo("amira@example.org").at(-1)?.text).toContain(`${TEST_SITE_URL}/coat-wall/${upload.id}`);

    expect(await wallImageAccess(t.db, fullKey)).toBe("public");
    const shown = await findWallPhoto(t.db, upload.id);
    expect(shown).toMatchObject({ firstName: "Amira", town: "Dover", donationPoint: { id: pointId } });
    expect(shown).not.toHaveProperty("email");
    const wall = await listWallPhotos(t.db, { pointId, page: 1 });
    expect(wall?.photos.map((p) => p.id)).toContain(upload.id);
    expect(await listWallPhotos(t.db, { pointId, page: 2 })).toBeNull();

    // Reports: the set number takes it back to the queue, confirmed still.
    for (let i = 1; i < REPORTS_TO_HIDE; i++) expect(await reportPhoto(t.db, upload.id)).toBe("reported");
    expect(await reportPhoto(t.db, upload.id)).toBe("hidden");
    expect(await reportPhoto(t.db, upload.id)).toBe("not-found");
    expect(await findWallPhoto(t.db, upload.id)).toBeNull();
    expect(await wallImageAccess(t.db, fullKey)).toBe("staff");
    const queued = (await moderationQueue(t.db)).waiting.find((p) => p.id === upload.id);
    expect(queued?.reportCount).toBe(REPORTS_TO_HIDE);

    // Staff look again and put it back, where it was in the wall's order.
    expect(await approvePhotos(t.db, enqueue, [upload.id], staffId)).toEqual([upload.id]);
    expect((await t.db.coatPhoto.findUniqueOrThrow({ where: { id: upload.id } })).approvedAt).toEqual(row.approvedAt ?? shown?.approvedAt);

    // The private link deletes the row and every file at once.
    expect(await deleteCoatPhotoByToken(t.db, files, upload.deleteToken)).toEqual({ outcome: "deleted", id: upload.id, wasPublic: true });
    for (const key of photoObjectKeys(upload.processed.imageId, upload.processed)) expect(fileExists(key)).toBe(false);
    expect(await t.db.coatPhoto.findUnique({ where: { id: upload.id } })).toBeNull();
    expect(await deleteCoatPhotoByToken(t.db, files, upload.deleteToken)).toEqual({ outcome: "invalid" });
    expect(await wallImageAccess(t.db, fullKey)).toBe("nobody");
  });

  it("takes a photo down with its files and words, keeping the reason in the audit log", async () => {
    const upload = await uploaded("ben@example.org");
    await confirmCoatPhoto(t.db, upload.confirmToken);
    expect(await takeDownPhoto(t.db, files, { id: upload.id, kind: "reject", reason: "Another person’s face is clearly shown" }, staffId)).toEqual({
      ok: true,
      wasPublic: false,
    });
    for (const key of photoObjectKeys(upload.processed.imageId, upload.processed)) expect(fileExists(key)).toBe(false);
    const row = await t.db.coatPhoto.findUniqueOrThrow({ where: { id: upload.id } });
    expect(row).toMatchObject({ status: CoatPhotoStatus.REJECTED, imageId: null, firstName: "", town: "", message: "", email: "" });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "coat-wall.reject", subject: upload.id } });
    expect(audit.details).toEqual({ reason: "Another person’s face is clearly shown", was: "PENDING" });
    // Nothing more to do with it; the uploader's link still clears what is left.
    expect(await takeDownPhoto(t.db, files, { id: upload.id, kind: "remove", reason: "again" }, staffId)).toEqual({ ok: false, reason: "not-found" });
    expect((await deleteCoatPhotoByToken(t.db, files, upload.deleteToken)).outcome).toBe("deleted");
  });

  it("links an approved photo to coats received at its point without changing any total", async () => {
    const upload = await uploaded("cara@example.org");
    await confirmCoatPhoto(t.db, upload.confirmToken);
    await approvePhotos(t.db, recordingEnqueue().enqueue, [upload.id], staffId);
    const { id: campaignId } = await t.db.campaign.findFirstOrThrow({ select: { id: true } });
    const here = await t.db.inKindDelivery.create({ data: { campaignId, donationPointId: pointId, coats: 40, receivedOn: new Date("2026-12-01") } });
    const elsewhere = await t.db.inKindDelivery.create({ data: { campaignId, coats: 12, receivedOn: new Date("2026-12-02") } });
    const before = await t.db.inKindDelivery.aggregate({ _sum: { coats: true } });

    expect(await linkPhotoToDelivery(t.db, { id: upload.id, deliveryId: elsewhere.id }, staffId)).toEqual({ ok: false, reason: "other-point" });
    expect(await linkPhotoToDelivery(t.db, { id: upload.id, deliveryId: here.id }, staffId)).toEqual({ ok: true });
    expect((await findWallPhoto(t.db, upload.id))?.inKindDelivery).toEqual({ coats: 40, receivedOn: new Date("2026-12-01") });
    expect(await t.db.inKindDelivery.aggregate({ _sum: { coats: true } })).toEqual(before);
    expect(await t.db.auditLog.count({ where: { action: "coat-wall.link", subject: upload.id } })).toBe(1);
  });

  it("deletes uploads never confirmed once their link has expired, files first", async () => {
    const upload = await uploaded("dan@example.org");
    expect(await purgeUnconfirmedPhotos(t.db, files)).toBe(0);
    expect(await purgeUnconfirmedPhotos(t.db, files, new Date(Date.now() + 73 * 3600_000))).toBeGreaterThanOrEqual(1);
    expect(await t.db.coatPhoto.findUnique({ where: { id: upload.id } })).toBeNull();
    for (const key of photoObjectKeys(upload.processed.imageId, upload.processed)) expect(fileExists(key)).toBe(false);
  });

  it("refuses a drop-off point that has closed, leaving no files behind", async () => {
    const closed = await t.db.donationPoint.create({
      data: { name: "Closed hall", address: "x", postcode: "CT16 1AB", openingTimes: "", needs: "", status: "CLOSED" },
    });
    const processed = await photo();
    const { enqueue, jobs } = recordingEnqueue();
    expect(await submitCoatPhoto(t.db, files, enqueue, form({ donationPointId: closed.id }), processed)).toEqual({ ok: false, reason: "point-gone" });
    expect(jobs).toEqual([]);
    for (const key of photoObjectKeys(processed.imageId, processed)) expect(fileExists(key)).toBe(false);
  });
});

describe("the upload form's schema", () => {
  it("needs a photo, a name, an email and both consents, in words beside each field", () => {
    const result = coatPhotoSchema.safeParse({ photoBytes: "0", firstName: " ", email: "nope", message: "" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
    expect(messages).toMatchObject({
      photoBytes: "Choose a photo of you with your coat",
      firstName: "Enter a first name or a nickname",
      email: "Enter an email address in the form name@example.org",
      consentPublish: "Tick this box if we may put your photo on the wall",
      consentPictured: "Tick this box to say everyone in the photo agreed",
    });
    expect(coatPhotoSchema.safeParse({ ...form(), photoBytes: String(11 * 1024 * 1024) }).success).toBe(false);
  });
});
