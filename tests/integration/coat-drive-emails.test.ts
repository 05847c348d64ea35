// The coat-drive organiser's emails and links against a real PostgreSQL and the local fake of
// Resend (through the real SDK): the confirmation carries none of what was typed; the edit link
// and every later email carry a stop link; a digest a day at most, the goal and the end once each;
// the private link edits and reports; stopping emails stops them.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const { dataDir } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coat-drive-emails-"));
  vi.stubEnv("AUTH_SECRET", "coat-drive-email-tests-secret-0123456789abcdefgh");
  vi.stubEnv("DATA_DIR", dir);
  return { dataDir: dir };
});

import crypto from "node:crypto";
import fs from "node:fs";
import { confirmDrive } from "@/lib/coat-drives/confirm-drive";
import { startDriveSchema } from "@/lib/coat-drives/drive-schema";
import { sendDriveDigests, sweepDrives } from "@/lib/coat-drives/notices";
import { findDriveByEditToken, reportCoats, stopDriveEmails } from "@/lib/coat-drives/organiser";
import { requestEditLinks } from "@/lib/coat-drives/request-edit-link";
import { sendDriveConfirmation, sendDriveEditLink } from "@/lib/coat-drives/send-emails";
import { moveDrive } from "@/lib/coat-drives/staff-changes";
import { startDrive } from "@/lib/coat-drives/start-drive";
import { confirmToken, editToken, stopEmailsToken } from "@/lib/coat-drives/tokens";
import type { EmailTransport } from "@/lib/email/message";
import { createResendTransport } from "@/lib/email/resend-transport";
import { DonationKind, DonationStatus, StaffRole } from "@/lib/generated/prisma/enums";
import { queues } from "@/lib/queue/jobs";
import { seed } from "@/prisma/seed/seed";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { TEST_API_KEY, TEST_FROM, emailConfig, jobsFor, recordingEnqueue } from "../support/newsletter-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let fake: FakeResend;
let transport: EmailTransport;
let adminId: string;
let campaignId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
  campaignId = (await t.db.campaign.findFirstOrThrow({ select: { id: true } })).id;
  fake = await startFakeResend({ apiKey: TEST_API_KEY });
  transport = createResendTransport({ apiKey: TEST_API_KEY, from: TEST_FROM, baseUrl: fake.url });
  adminId = (await t.db.user.create({ data: { email: "fundraising@example.org", role: StaffRole.ADMIN } })).id;
});
afterAll(async () => {
  await fake?.close();
  await t?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});
beforeEach(() => fake.reset());

const TEST = { livemode: false };

/** A drive started with a hostile name, confirmed, and (unless told otherwise) approved. */
async function drive(email: string, options: { goal?: string; endsOn?: string; approve?: boolean } = {}) {
  const { enqueue, jobs } = recordingEnqueue();
  const today = new Date().toISOString().slice(0, 10);
  const input = startDriveSchema(today).parse({
    organiserName: "Jo Head",
    email,
    name: "Visit evil.example for free money",
    kind: "OTHER",
    goal: options.goal ?? "10",
    story: "A story long enough to pass the form's check.",
    endsOn: "",
    agree: "on",
  });
  const started = await startDrive(t.db, enqueue, input, { sendEmail: true });
  const confirmJob = jobsFor(jobs, queues.coatDriveConfirm)[0]!;
  expect(await sendDriveConfirmation(t.db, emailConfig, confirmJob, { transport })).toBe("sent");
  expect(await confirmDrive(t.db, enqueue, confirmToken(started.id, confirmJob.nonce))).toBe("confirmed");
  const editJob = jobsFor(jobs, queues.coatDriveEditLink)[0]!;
  if (options.approve !== false) await moveDrive(t.db, { id: started.id, move: "approve" }, adminId);
  if (options.endsOn) await t.db.coatDrive.update({ where: { id: started.id }, data: { endsOn: new Date(`${options.endsOn}T00:00:00Z`) } });
  return { ...started, confirmJob, editJob };
}

async function paidGift(driveId: string, name: string, coats = 1, anonymous = false) {
  await t.db.donation.create({
    data: {
      campaignId,
      driveId,
      kind: DonationKind.COAT,
      quantity: coats,
      amountPence: coats * 2500,
      livemode: false,
      anonymous,
      status: DonationStatus.PAID,
      paidAt: new Date(),
      donorName: name,
      attemptKey: crypto.randomUUID(),
    },
  });
}

const to = (address: string) => fake.emails.filter((e) => e.to.includes(address));

describe("the organiser's emails", () => {
  it("confirms the address with fixed words only, then sends the private link with a stop link", async () => {
    const d = await drive("one@school.example");
    const [confirmation] = to("one@school.example");
    expect(confirmation?.text).toContain("/coat-drives/confirm?token=");
    expect(confirmation?.text).not.toContain("evil.example");
    expect(confirmation?.subject).not.toContain("evil.example");
    // Once per drive, however often the job runs; a used link sends nothing more.
    expect(await sendDriveConfirmation(t.db, emailConfig, d.confirmJob, { transport })).toBe("superseded");

    expect(await sendDriveEditLink(t.db, emailConfig, d.editJob, { transport })).toBe("sent");
    await sendDriveEditLink(t.db, emailConfig, d.editJob, { transport });
    const edits = to("one@school.example").filter((e) => e.text?.includes("/coat-drives/edit/"));
    expect(edits).toHaveLength(1);
    expect(edits[0]?.text).toContain(`/coat-drives/stop-emails?d=${d.id}&t=${stopEmailsToken(d.id)}`);
  });

  it("sends a digest of the day's gifts at most once a day, first names only, then the goal and the end once each", async () => {
    const d = await drive("two@school.example", { goal: "5" });
    fake.reset();
    expect(await sendDriveDigests(t.db, emailConfig, { ...TEST, transport })).toBe(0);
    await paidGift(d.id, "Amira Haddad");
    await paidGift(d.id, "Hidden Person", 1, true);
    expect(await sendDriveDigests(t.db, emailConfig, { ...TEST, transport })).toBe(1);
    expect(await sendDriveDigests(t.db, emailConfig, { ...TEST, transport })).toBe(0);
    const [digest] = to("two@school.example");
    expect(digest?.subject).toMatch(/2 new gifts/);
    expect(digest?.text).toContain("Amira");
    expect(digest?.text).toContain("someone who gave anonymously");
    expect(digest?.text).not.toContain("Haddad");
    expect(digest?.text).not.toContain("Hidden");
    expect(digest?.text).not.toContain("£");

    // Three more coats reach the goal of five: told once.
    await paidGift(d.id, "Sam Donor", 3);
    expect(await sweepDrives(t.db, emailConfig, { ...TEST, transport })).toMatchObject({ goalEmails: 1 });
    expect(await sweepDrives(t.db, emailConfig, { ...TEST, transport })).toMatchObject({ goalEmails: 0 });
    expect(to("two@school.example").filter((e) => /reached its goal/.test(e.subject))).toHaveLength(1);
  });

  it("closes a drive the day after its end date and says so once; a stopped organiser hears nothing", async () => {
    const ended = await drive("three@school.example", { endsOn: "2026-01-10" });
    const quiet = await drive("four@school.example", { endsOn: "2026-01-10" });
    expect(await stopDriveEmails(t.db, quiet.id, "wrong")).toBe(false);
    expect(await stopDriveEmails(t.db, quiet.id, stopEmailsToken(quiet.id))).toBe(true);
    fake.reset();
    const first = await sweepDrives(t.db, emailConfig, { ...TEST, transport, now: new Date("2026-12-08T12:00:00Z") });
    expect(first.closed).toBeGreaterThanOrEqual(2);
    await sweepDrives(t.db, emailConfig, { ...TEST, transport, now: new Date("2026-12-08T12:10:00Z") });
    expect((await t.db.coatDrive.findUniqueOrThrow({ where: { id: ended.id } })).status).toBe("CLOSED");
    expect(to("three@school.example").filter((e) => /has ended/.test(e.subject))).toHaveLength(1);
    expect(to("four@school.example")).toHaveLength(0);
  });
});

describe("the organiser's private link", () => {
  it("opens only its own drive, and reports coats for staff to confirm", async () => {
    const d = await drive("five@school.example", { approve: false });
    expect(await findDriveByEditToken(t.db, "nope")).toBeNull();
    expect(await findDriveByEditToken(t.db, editToken(d.id, "another-nonce"))).toBeNull();
    const found = await findDriveByEditToken(t.db, editToken(d.id, d.editJob.nonce));
    expect(found?.id).toBe(d.id);
    expect(await reportCoats(t.db, d.id, { coats: 14, note: "Two bags" })).toBe("reported");
    expect(await t.db.coatDriveReport.findFirst({ where: { driveId: d.id }, select: { coats: true, status: true } })).toEqual({ coats: 14, status: "PENDING" });
  });
});

describe("a new private link on request", () => {
  it("replaces the link of each confirmed drive the address runs, and emails the new one", async () => {
    const d = await drive("six@school.example");
    const second = await drive("Six@School.example", { approve: false });
    const oldToken = editToken(d.id, d.editJob.nonce);
    expect((await findDriveByEditToken(t.db, oldToken))?.id).toBe(d.id);

    const { enqueue, jobs } = recordingEnqueue();
    expect(await requestEditLinks(t.db, enqueue, " SIX@school.example ")).toBe(2);
    const sent = jobsFor(jobs, queues.coatDriveEditLink);
    expect(sent.map((j) => j.driveId).sort()).toEqual([d.id, second.id].sort());
    expect(sent.every((j) => j.renewed === true)).toBe(true);
    // The old link no longer opens the drive; the new one does.
    expect(await findDriveByEditToken(t.db, oldToken)).toBeNull();
    const renewed = sent.find((j) => j.driveId === d.id)!;
    expect((await findDriveByEditToken(t.db, editToken(d.id, renewed.nonce)))?.id).toBe(d.id);

    fake.reset();
    expect(await sendDriveEditLink(t.db, emailConfig, renewed, { transport })).toBe("sent");
    const [email] = to("six@school.example");
    expect(email?.subject).toMatch(/^Your coat drive: /);
    expect(email?.text).toContain("You asked for a new private link");
    expect(email?.text).toContain(`/coat-drives/edit/${editToken(d.id, renewed.nonce)}`);
    // The email the first link came in, queued before, sends nothing now: its link was replaced.
    expect(await sendDriveEditLink(t.db, emailConfig, d.editJob, { transport })).toBe("superseded");
  });

  it("sends nothing for an address that runs no drive, or whose drive was never confirmed", async () => {
    const { enqueue, jobs } = recordingEnqueue();
    expect(await requestEditLinks(t.db, enqueue, "nobody@example.org")).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const input = startDriveSchema(today).parse({
      organiserName: "Un Confirmed",
      email: "unconfirmed@example.org",
      name: "Never confirmed",
      kind: "OTHER",
      goal: "10",
      story: "A story long enough to pass the form's check.",
      agree: "on",
    });
    await startDrive(t.db, enqueue, input, { sendEmail: false });
    expect(await requestEditLinks(t.db, enqueue, "unconfirmed@example.org")).toBe(0);
    expect(jobsFor(jobs, queues.coatDriveEditLink)).toEqual([]);
  });
});
