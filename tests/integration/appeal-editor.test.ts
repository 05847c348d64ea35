import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFormSchema, figuresFormSchema, goalFormSchema } from "@/lib/campaign/appeal-form-schemas";
import { figureRowValues } from "@/lib/campaign/figure-rows";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { listInKindDeliveries } from "@/lib/campaign/list-in-kind-deliveries";
import { computeCampaignProgress } from "@/lib/campaign/queries";
import { recordInKindDelivery } from "@/lib/campaign/record-in-kind-delivery";
import { removeInKindDelivery } from "@/lib/campaign/remove-in-kind-delivery";
import { saveAppealSection } from "@/lib/campaign/save-appeal-section";
import { donationTimeline, findDonationDetail } from "@/lib/donations/admin/donation-detail";
import { DEMO_ADMIN_EMAIL, seed } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** These donations are made in test mode (fake Stripe, test keys): a test-mode site counts them. */
const TEST_MODE = { livemode: false };

let t: TestDatabase;
let actorId: string;
let campaignId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
  actorId = (await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).id;
  campaignId = (await t.db.campaign.findFirstOrThrow({ select: { id: true } })).id;
});
afterAll(() => t.drop());

async function opened() {
  const campaign = await findCampaignForEditing(t.db);
  if (!campaign) throw new Error("no campaign");
  return campaign;
}

const copyFrom = (c: Awaited<ReturnType<typeof opened>>, changes: Record<string, string>) => {
  const { version: _v, ...fields } = copyFormSchema.parse({ ...c, version: c.updatedAt.toISOString(), ...changes });
  return fields;
};

describe("saving the appeal", () => {
  it("saves a section, moves the version on and records who did it", async () => {
    const before = await opened();
    const saved = await saveAppealSection(
      t.db,
      campaignId,
      before.updatedAt,
      { section: "copy", fields: copyFrom(before, { headline: "Coats before Christmas" }) },
      actorId,
    );
    if (!saved.ok) throw new Error("expected to save");
    const after = await opened();
    expect(after.headline).toBe("Coats before Christmas");
    expect(after.updatedAt).toEqual(saved.version);
    expect(saved.version.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "appeal.copy" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({
      actorId,
      subject: "winter-coats",
      details: { changes: { headline: { from: before.headline, to: "Coats before Christmas" } } },
    });
  });

  it("tells the later of two editors who opened the same version, and overwrites nothing", async () => {
    const both = await opened();
    const first = await saveAppealSection(
      t.db,
      campaignId,
      both.updatedAt,
      { section: "copy", fields: copyFrom(both, { strapline: "First editor’s words." }) },
      actorId,
    );
    expect(first.ok).toBe(true);
    const second = await saveAppealSection(
      t.db,
      campaignId,
      both.updatedAt,
      { section: "goal", fields: { goalCoats: 9999, coatPricePence: 100, packPricePence: 100 } },
      actorId,
    );
    expect(second).toEqual({ ok: false, reason: "conflict" });
    const now = await opened();
    expect(now).toMatchObject({ strapline: "First editor’s words.", goalCoats: 3000, coatPricePence: 2500, packPricePence: 1300 });
  });

  it("lets exactly one of two simultaneous saves from the same version through", async () => {
    const both = await opened();
    const audits = await t.db.auditLog.count();
    const results = await Promise.all(
      ["One", "Two"].map((headline) => saveAppealSection(t.db, campaignId, both.updatedAt, { section: "copy", fields: copyFrom(both, { headline }) }, actorId)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "conflict" }]);
    expect(await t.db.auditLog.count()).toBe(audits + 1);
  });

  it("replaces the figures in the order given; bad figures are refused before anything is written", async () => {
    const c = await opened();
    const rows = (list: [string, string, string, string][]) =>
      figureRowValues(list.map(([place, count, qualifier, note], i) => ({ key: String(i), place, count, qualifier, note })));
    const bad = figuresFormSchema.safeParse({
      version: c.updatedAt.toISOString(),
      ...rows([
        ["Paris", "0", "OVER", "Streets."],
        ["Paris", "10", "AROUND", "Parks."],
      ]),
    });
    expect(bad.success).toBe(false);
    expect((await opened()).figures.map((f) => f.place)).toEqual(["Calais and Dunkirk", "Brussels", "Paris"]);

    const form = figuresFormSchema.parse({
      version: c.updatedAt.toISOString(),
      ...rows([
        ["Paris", "1,600", "OVER", "Under flyovers."],
        ["Calais and Dunkirk", "900", "AROUND", "Woodland."],
      ]),
    });
    expect(
      await saveAppealSection(t.db, campaignId, form.version, { section: "figures", figures: form.figures.map(({ key: _key, ...f }) => f) }, actorId),
    ).toMatchObject({ ok: true });
    expect((await opened()).figures.map(({ place, count, qualifier }) => ({ place, count, qualifier }))).toEqual([
      { place: "Paris", count: 1600, qualifier: "OVER" },
      { place: "Calais and Dunkirk", count: 900, qualifier: "AROUND" },
    ]);
    // The same save again is from a version that has gone: nothing changes.
    expect(await saveAppealSection(t.db, campaignId, form.version, { section: "figures", figures: [] }, actorId)).toEqual({ ok: false, reason: "conflict" });
    expect((await opened()).figures).toHaveLength(2);
  });

  it("records only the way to help that changed, not every way sent again", async () => {
    const c = await opened();
    const ways = c.waysToHelp.map((w, i) => (i === 1 ? { ...w, title: "Drive a van to Calais" } : w));
    expect(await saveAppealSection(t.db, campaignId, c.updatedAt, { section: "ways", ways }, actorId)).toMatchObject({ ok: true });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "appeal.ways" }, orderBy: { createdAt: "desc" } });
    expect(audit.details).toEqual({ changes: { "way 2 title": { from: c.waysToHelp[1]?.title, to: "Drive a van to Calais" } } });
  });

  it("moves progress with the goal and the coat price", async () => {
    const c = await opened();
    const fields = goalFormSchema.parse({ version: c.updatedAt.toISOString(), goalCoats: "4,000", coatPricePence: "20", packPricePence: "13.00" });
    expect(
      await saveAppealSection(
        t.db,
        campaignId,
        fields.version,
        { section: "goal", fields: { goalCoats: fields.goalCoats, coatPricePence: fields.coatPricePence, packPricePence: fields.packPricePence } },
        actorId,
      ),
    ).toMatchObject({ ok: true });
    expect(await computeCampaignProgress(t.db, TEST_MODE)).toMatchObject({ goal: 4000, coatsFunded: 0, coatsHandedIn: 1184, coatsTowardGoal: 1184 });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "appeal.goal" }, orderBy: { createdAt: "desc" } });
    // Only the figures that changed, before → after.
    expect(audit.details).toEqual({
      changes: {
        goalCoats: { from: 3000, to: 4000 },
        coatPricePence: { from: 2500, to: 2000 },
        ...(c.packPricePence === 1300 ? {} : { packPricePence: { from: c.packPricePence, to: 1300 } }),
      },
    });
  });
});

describe("coats received in kind", () => {
  const inKind = async () => (await t.db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { coatsReceivedInKind: true } })).coatsReceivedInKind;

  it("adds a delivery to the count once, and takes it off once when removed", async () => {
    const start = await inKind();
    const editing = await opened();
    const recorded = await recordInKindDelivery(t.db, { coats: 40, receivedOn: "2025-12-03", donationPointId: null, note: "Dover library" }, actorId);
    if (!recorded.ok) throw new Error("expected to record");
    expect(recorded.coatsReceivedInKind).toBe(start + 40);
    expect(await inKind()).toBe(start + 40);
    expect(await computeCampaignProgress(t.db, TEST_MODE)).toMatchObject({ coatsFunded: 0, coatsHandedIn: start + 40, coatsTowardGoal: start + 40 });
    const { rows } = await listInKindDeliveries(t.db, 1);
    expect(rows[0]).toMatchObject({ coats: 40, note: "Dover library", recordedBy: DEMO_ADMIN_EMAIL, donationPoint: null });

    // Recording coats is not an edit of the appeal: an editor's open page can still save.
    expect((await opened()).updatedAt).toEqual(editing.updatedAt);

    expect(await removeInKindDelivery(t.db, recorded.id, actorId)).toEqual({ ok: true, coats: 40 });
    expect(await inKind()).toBe(start);
    expect(await removeInKindDelivery(t.db, recorded.id, actorId)).toEqual({ ok: false, reason: "not-found" });
    expect(await inKind()).toBe(start);
    expect(await t.db.auditLog.count({ where: { subject: recorded.id } })).toBe(2);
  });

  it("takes the coats off once when two people remove the same delivery at the same moment", async () => {
    const start = await inKind();
    const recorded = await recordInKindDelivery(t.db, { coats: 25, receivedOn: "2025-12-04", donationPointId: null, note: "" }, actorId);
    if (!recorded.ok) throw new Error("expected to record");
    const results = await Promise.all([
      removeInKindDelivery(t.db, recorded.id, actorId),
      removeInKindDelivery(t.db, recorded.id, actorId),
      removeInKindDelivery(t.db, recorded.id, actorId),
    ]);
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, coats: 25 }]);
    expect(await inKind()).toBe(start);
  });

  it("links a delivery to a drop-off point, and refuses one that does not exist", async () => {
    const point = await t.db.donationPoint.create({
      data: { name: "Dover Library", address: "Biggin Street, Dover", postcode: "CT16 1BH", openingTimes: "Mon–Sat", needs: "Coats" },
    });
    const recorded = await recordInKindDelivery(t.db, { coats: 3, receivedOn: "2025-12-05", donationPointId: point.id, note: "" }, actorId);
    expect(recorded.ok).toBe(true);
    const before = await inKind();
    expect(await recordInKindDelivery(t.db, { coats: 3, receivedOn: "2025-12-05", donationPointId: "gone", note: "" }, actorId)).toEqual({
      ok: false,
      reason: "unknown-point",
    });
    expect(await inKind()).toBe(before);
    expect((await listInKindDeliveries(t.db, 1)).rows[0]).toMatchObject({ coats: 3, donationPoint: { name: "Dover Library" } });
  });
});

describe("one donation in full", () => {
  it("has its declaration, renewals and Stripe events in order", async () => {
    const declaration = await t.db.giftAidDeclaration.create({
      data: {
        firstName: "Zoë",
        lastName: "O’Brien",
        houseNameOrNumber: "12",
        addressLine: "Harbour Street, Dover",
        postcode: "CT16 1AA",
        scope: "ENDURING",
        wordingVersion: "v1",
        wording: "I want to Gift Aid…",
      },
    });
    const first = await t.db.donation.create({
      data: {
        campaignId,
        livemode: false,
        kind: "COAT",
        amountPence: 2500,
        frequency: "MONTHLY",
        status: "PAID",
        attemptKey: "detail-1",
        giftAidDeclarationId: declaration.id,
        paidAt: new Date("2025-12-01T10:05:00Z"),
        createdAt: new Date("2025-12-01T10:00:00Z"),
      },
    });
    await t.db.donation.create({
      data: {
        campaignId,
        livemode: false,
        kind: "COAT",
        amountPence: 2500,
        frequency: "MONTHLY",
        status: "PAID",
        attemptKey: "renewal/in_2",
        parentId: first.id,
        paidAt: new Date("2026-01-01T10:00:00Z"),
      },
    });
    await t.db.stripeEvent.createMany({
      data: [
        { id: "evt_2", type: "invoice.paid", donationId: first.id, createdAt: new Date("2025-12-01T10:05:01Z") },
        { id: "evt_1", type: "checkout.session.completed", donationId: first.id, createdAt: new Date("2025-12-01T10:05:00Z") },
      ],
    });
    const detail = await findDonationDetail(t.db, first.id);
    expect(detail?.events.map((e) => e.type)).toEqual(["checkout.session.completed", "invoice.paid"]);
    expect(detail?.renewals).toHaveLength(1);
    expect(detail?.giftAidDeclaration).toMatchObject({ postcode: "CT16 1AA", scope: "ENDURING" });
    expect(donationTimeline(detail!).map((m) => m.label)).toEqual(["Created, donor sent to checkout", "Paid"]);
    expect(await findDonationDetail(t.db, "no-such-donation")).toBeNull();
  });
});
