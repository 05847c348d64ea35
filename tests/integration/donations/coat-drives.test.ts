// Coat drives against a real PostgreSQL (issue #18): started, confirmed and approved with their
// audit rows; a gift made through a drive is created at checkout carrying the drive, and counts
// once for the drive and once for the appeal however often Stripe delivers its events, through the
// webhook's own connection lanes; a refund takes it off both; reported coats count once confirmed.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("STRIPE_SECRET_KEY", "");
  vi.stubEnv("STRIPE_WEBHOOK_SECRET", "");
  vi.stubEnv("STRIPE_API_BASE", "");
  vi.stubEnv("SITE_URL", "");
  vi.stubEnv("DATABASE_URL", "");
  vi.stubEnv("AUTH_SECRET", "coat-drive-tests-secret-0123456789abcdefghijkl");
});

import { computeCampaignProgress } from "@/lib/campaign/queries";
import { spreadsheetCsvText } from "@/lib/csv/spreadsheet-csv";
import { confirmDrive } from "@/lib/coat-drives/confirm-drive";
import { startDriveSchema } from "@/lib/coat-drives/drive-schema";
import { exportDrivesCsv } from "@/lib/coat-drives/export-drives-csv";
import { findDriveForGift, findPublicDrive, listLiveDrives, progressOfDrives } from "@/lib/coat-drives/queries";
import { decideReport, moveDrive } from "@/lib/coat-drives/staff-changes";
import { startDrive } from "@/lib/coat-drives/start-drive";
import { confirmToken } from "@/lib/coat-drives/tokens";
import { parseDonationForm } from "@/lib/donations/checkout/donation-form-schema";
import { startCheckout } from "@/lib/donations/checkout/start-checkout";
import { connectionTransactions } from "@/lib/donations/webhook/webhook-transaction";
import { CoatDriveStatus, DonationStatus, StaffRole } from "@/lib/generated/prisma/enums";
import { queues } from "@/lib/queue/jobs";
import { testModePayments } from "@/lib/stripe/payments";
import { jobsFor, recordingEnqueue } from "../../support/newsletter-fixtures";
import { parseCsvRecords } from "../../support/parse-csv";
import { charge, chargeRefundedEvent, checkoutEvent, checkoutSession, stripeId } from "../../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { checkoutCampaign, deliver, seedCampaign, type SeededCampaign } from "./fixtures";

const TEST_MODE = { livemode: false };
const SITE = "https://calaiswinteraid.example";

let t: TestDatabase;
let campaign: SeededCampaign;
let adminId: string;
let lanes: ReturnType<typeof connectionTransactions>;

beforeAll(async () => {
  t = await createTestDatabase();
  campaign = await seedCampaign(t);
  adminId = (await t.db.user.create({ data: { email: `admin-${crypto.randomUUID()}@example.org`, role: StaffRole.ADMIN }, select: { id: true } })).id;
  lanes = connectionTransactions(t.url, { lanes: 2 });
});
afterAll(async () => {
  await lanes.close();
  await t.drop();
});

const today = new Date().toISOString().slice(0, 10);

function startForm(overrides: Record<string, string> = {}) {
  return startDriveSchema(today).parse({
    organiserName: "Jo Head",
    email: "Head@StMarys.example",
    name: "St Mary’s Primary coat drive",
    kind: "SCHOOL",
    goal: "40",
    story: "Our pupils are collecting coats all December. **Every coat** helps someone sleeping rough.",
    endsOn: "",
    agree: "on",
    ...overrides,
  });
}

/** A drive started, confirmed by its organiser, and approved by staff. */
async function liveDrive(name: string) {
  const { enqueue, jobs } = recordingEnqueue();
  const drive = await startDrive(t.db, enqueue, startForm({ name }), { sendEmail: true });
  const [job] = jobsFor(jobs, queues.coatDriveConfirm);
  expect(await confirmDrive(t.db, enqueue, confirmToken(drive.id, job!.nonce))).toBe("confirmed");
  expect(await moveDrive(t.db, { id: drive.id, move: "approve" }, adminId)).toMatchObject({ ok: true });
  return drive;
}

/** The donate form through the real schema, then the real startCheckout naming the drive. */
async function giveThrough(drive: { id: string; slug: string } | null, fields: Record<string, string>) {
  const parsed = parseDonationForm({ frequency: "once", attempt: crypto.randomUUID(), ...(drive ? { drive: drive.slug } : {}), ...fields });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  const { donationId } = await startCheckout(t.db, testModePayments(SITE), { form: parsed.data, campaign: await checkoutCampaign(t.db), siteUrl: SITE, drive });
  const pending = await t.db.donation.findUniqueOrThrow({ where: { id: donationId } });
  const paymentIntent = stripeId("pi_");
  const session = checkoutSession({
    id: pending.stripeSessionId ?? "",
    donationId,
    mode: "payment",
    amountTotal: pending.amountPence + pending.feePence,
    paymentIntent,
    email: "donor@example.org",
    name: "Amira Haddad",
  });
  return { donationId, paid: checkoutEvent("checkout.session.completed", session), paymentIntent, charged: pending.amountPence + pending.feePence };
}

const deps = () => ({ enqueue: recordingEnqueue().enqueue, transaction: lanes });

describe("starting a drive", () => {
  it("waits for its organiser, then for staff, each step once and audited", async () => {
    const { enqueue, jobs } = recordingEnqueue();
    const drive = await startDrive(t.db, enqueue, startForm({ name: "Elm Road keeps warm" }), { sendEmail: true });
    expect(drive.slug).toBe("elm-road-keeps-warm");
    const again = await startDrive(t.db, enqueue, startForm({ name: "Elm Road keeps warm" }), { sendEmail: true });
    expect(again.slug).toBe("elm-road-keeps-warm-2");

    const row = await t.db.coatDrive.findUniqueOrThrow({ where: { id: drive.id } });
    expect(row).toMatchObject({ status: CoatDriveStatus.PENDING_CONFIRMATION, organiserEmail: "head@stmarys.example", goalCoats: 40, editTokenHash: null });
    // Not public, and takes no gifts, before approval.
    expect(await findPublicDrive(t.db, drive.slug, TEST_MODE)).toBeNull();
    expect(await findDriveForGift(t.db, drive.slug)).toBeNull();

    const [job] = jobsFor(jobs, queues.coatDriveConfirm);
    expect(await confirmDrive(t.db, enqueue, "x".repeat(43))).toBe("invalid");
    const token = confirmToken(drive.id, job!.nonce);
    const results = await Promise.all([confirmDrive(t.db, enqueue, token), confirmDrive(t.db, enqueue, token)]);
    expect(results.sort()).toEqual(["confirmed", "invalid"]);
    expect(jobsFor(jobs, queues.coatDriveEditLink)).toHaveLength(1);
    const confirmed = await t.db.coatDrive.findUniqueOrThrow({ where: { id: drive.id } });
    expect(confirmed.status).toBe(CoatDriveStatus.PENDING_APPROVAL);
    expect(confirmed.editTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await findPublicDrive(t.db, drive.slug, TEST_MODE)).toBeNull();

    // Pausing a drive that is not live does nothing; approving puts it live once.
    expect(await moveDrive(t.db, { id: drive.id, move: "pause" }, adminId)).toMatchObject({ ok: false, reason: "not-allowed" });
    expect(await moveDrive(t.db, { id: drive.id, move: "approve" }, adminId)).toMatchObject({ ok: true });
    expect(await moveDrive(t.db, { id: drive.id, move: "approve" }, adminId)).toMatchObject({ ok: false });
    expect(await findPublicDrive(t.db, drive.slug, TEST_MODE)).toMatchObject({ name: "Elm Road keeps warm", organiserFirstName: "Jo" });
    expect((await listLiveDrives(t.db, TEST_MODE)).map((d) => d.slug)).toContain(drive.slug);

    await moveDrive(t.db, { id: drive.id, move: "pause" }, adminId);
    expect(await findPublicDrive(t.db, drive.slug, TEST_MODE)).toBeNull();
    expect(await findDriveForGift(t.db, drive.slug)).toBeNull();
    const audit = await t.db.auditLog.findMany({ where: { subject: drive.slug }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(audit).toEqual([
      { action: "coat-drive.approve", actorId: adminId },
      { action: "coat-drive.pause", actorId: adminId },
    ]);
  });

  it("refuses a drive with bad answers, in words, beside each field", () => {
    const result = startDriveSchema(today).safeParse({
      organiserName: "",
      email: "nope",
      name: "",
      kind: "CASTLE",
      goal: "2",
      story: "short",
      endsOn: "2001-01-01",
    });
    expect(result.success).toBe(false);
    const fields = new Set(result.error?.issues.map((i) => String(i.path[0])));
    expect(fields).toEqual(new Set(["organiserName", "email", "name", "kind", "goal", "story", "endsOn", "agree"]));
  });
});

describe("money through a drive", () => {
  it("counts once for the drive and once for the appeal, whatever Stripe redelivers, and a refund leaves both", async () => {
    const drive = await liveDrive("Riverside Office coat drive");
    const appealBefore = (await computeCampaignProgress(t.db, TEST_MODE))!;

    const coats = await giveThrough(drive, { gift: "coat", quantity: "2", showAmountOnDrive: "on" });
    const custom = await giveThrough(drive, { gift: "custom", amount: "60", coverFee: "on", anonymous: "on" });
    const elsewhere = await giveThrough(null, { gift: "coat", quantity: "1" });
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: coats.donationId } })).driveId).toBe(drive.id);
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: elsewhere.donationId } })).driveId).toBeNull();

    // Each paid event delivered three times, two of them at once, through the webhook's lanes.
    for (const gift of [coats, custom, elsewhere]) {
      const outcomes = await Promise.all([deliver(t, gift.paid, deps()), deliver(t, gift.paid, deps())]);
      outcomes.push(await deliver(t, gift.paid, deps()));
      expect(outcomes.map((o) => o.body.outcome).sort()).toEqual(["applied", "duplicate", "duplicate"]);
    }

    const drivePaid = (await progressOfDrives(t.db, [{ id: drive.id, goalCoats: 40 }], TEST_MODE)).get(drive.id)!;
    // £50 of coats (2 coats) + £60 own amount (2 whole coat equivalents at £25); the card fee is not counted.
    expect(drivePaid).toMatchObject({ raisedPence: 11_000, coatsFunded: 4, coatsHandedIn: 0, coatsTowardGoal: 4, donationCount: 2 });
    const appealPaid = (await computeCampaignProgress(t.db, TEST_MODE))!;
    expect(appealPaid.raisedPence - appealBefore.raisedPence).toBe(11_000 + campaign.coatPricePence);
    expect(appealPaid.donationCount - appealBefore.donationCount).toBe(3);

    // The public page names supporters by first name or "Anonymous", and an amount only when agreed.
    const page = (await findPublicDrive(t.db, drive.slug, TEST_MODE))!;
    expect(page.supporters.map(({ name, amountPence }) => ({ name, amountPence }))).toEqual(
      expect.arrayContaining([
        { name: "Amira", amountPence: 2 * campaign.coatPricePence },
        { name: "Anonymous", amountPence: null },
      ]),
    );
    expect(JSON.stringify(page)).not.toContain("Haddad");
    expect(JSON.stringify(page)).not.toContain("donor@example.org");

    // A full refund of the own-amount gift, delivered twice: it leaves the drive and the appeal once.
    const refund = chargeRefundedEvent(charge({ paymentIntent: custom.paymentIntent, amount: custom.charged, amountRefunded: custom.charged }));
    expect((await deliver(t, refund, deps())).body.outcome).toBe("applied");
    expect((await deliver(t, refund, deps())).body.outcome).toBe("duplicate");
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: custom.donationId } })).status).toBe(DonationStatus.REFUNDED);

    const driveAfter = (await progressOfDrives(t.db, [{ id: drive.id, goalCoats: 40 }], TEST_MODE)).get(drive.id)!;
    expect(driveAfter).toMatchObject({ raisedPence: 2 * campaign.coatPricePence, coatsFunded: 2, donationCount: 1 });
    const appealAfter = (await computeCampaignProgress(t.db, TEST_MODE))!;
    expect(appealAfter.raisedPence - appealBefore.raisedPence).toBe(2 * campaign.coatPricePence + campaign.coatPricePence);
  });

  it("counts coats the organiser reported only once staff confirm them, and once", async () => {
    const drive = await liveDrive("Chapel Street collection");
    const [confirmed, rejected] = await Promise.all([
      t.db.coatDriveReport.create({ data: { driveId: drive.id, coats: 12, note: "Two bags to the Dover drop-off" }, select: { id: true } }),
      t.db.coatDriveReport.create({ data: { driveId: drive.id, coats: 500 }, select: { id: true } }),
    ]);
    const progress = async () => (await progressOfDrives(t.db, [{ id: drive.id, goalCoats: 40 }], TEST_MODE)).get(drive.id)!;
    expect((await progress()).coatsHandedIn).toBe(0);
    const twice = await Promise.all([
      decideReport(t.db, { reportId: confirmed.id, decision: "confirm" }, adminId),
      decideReport(t.db, { reportId: confirmed.id, decision: "confirm" }, adminId),
    ]);
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    await decideReport(t.db, { reportId: rejected.id, decision: "reject" }, adminId);
    expect(await progress()).toMatchObject({ coatsHandedIn: 12, coatsTowardGoal: 12, raisedPence: 0 });
    expect(await t.db.auditLog.count({ where: { subject: drive.slug, action: { startsWith: "coat-drive.report" } } })).toBe(2);
  });

  it("exports every drive with its money and coats, and audits the export", async () => {
    const csv = await spreadsheetCsvText(await exportDrivesCsv(t.db, adminId, {}, TEST_MODE));
    const [header = [], ...records] = parseCsvRecords(csv);
    const rows = records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
    const office = rows.find((r) => r.name === "Riverside Office coat drive");
    expect(office).toMatchObject({ status: "LIVE", goalCoats: "40", coatsFunded: "2", raisedPounds: "50.00", gifts: "1" });
    expect(await t.db.auditLog.count({ where: { action: "coat-drives.export", actorId: adminId } })).toBe(1);
  });
});
