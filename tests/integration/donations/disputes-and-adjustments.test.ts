// Card disputes and refunds after a Gift Aid claim. A disputed gift is marked and leaves
// claimable Gift Aid; a lost dispute counts as a full refund (progress moves back once); a won
// one restores the gift. A refund (or lost dispute) after the gift's Gift Aid was claimed is an
// adjustment the Gift Aid page lists for the next claim, which includes it. Every event applies
// once, and any order of them ends in the same state. Events through the whole signed webhook.
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeCampaignProgress } from "@/lib/campaign/queries";
import { spreadsheetCsvText } from "@/lib/csv/spreadsheet-csv";
import { claimableWhere, createGiftAidClaim, pendingAdjustmentsWhere } from "@/lib/donations/admin/admin-donations";
import { giftAidOn } from "@/lib/donations/webhook/events/refund-gift";
import { GIFT_AID_WORDING_VERSION, giftAidWording } from "@/lib/donations/gift-aid-wording";
import { claimScheduleFile } from "@/lib/gift-aid/claim-schedule";
import { DisputeState, DonationKind, DonationStatus, GiftAidScope } from "@/lib/generated/prisma/enums";
import { recordingEnqueue } from "../../support/newsletter-fixtures";
import { parseCsvRecords } from "../../support/parse-csv";
import { charge, chargeRefundedEvent, checkoutEvent, checkoutSession, dispute, disputeEvent, stripeId } from "../../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { createPendingDonation, deliver, gift, seededRandom, seedCampaign, shuffle, type SeededCampaign } from "./fixtures";

let t: TestDatabase;
let campaign: SeededCampaign;
let adminId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  campaign = await seedCampaign(t);
  adminId = (await t.db.user.create({ data: { email: "gift-aid-admin@example.org", role: "ADMIN" } })).id;
});
afterAll(async () => {
  await t?.drop();
});

const live = <E extends Stripe.Event>(event: E): E => ({ ...event, livemode: true });
const deps = () => recordingEnqueue();

/** A live gift with a Gift Aid declaration, paid through the webhook: claimable. */
async function paidLiveGift(customPence = 2_001) {
  const declaration = await t.db.giftAidDeclaration.create({
    data: {
      firstName: "Ada",
      lastName: "Donor",
      houseNameOrNumber: "1",
      addressLine: "Harbour Street, Dover",
      postcode: "CT16 1AA",
      scope: GiftAidScope.THIS_DONATION,
      wordingVersion: GIFT_AID_WORDING_VERSION,
      wording: giftAidWording(GiftAidScope.THIS_DONATION, "Calais Winter Aid"),
    },
    select: { id: true },
  });
  const donation = await createPendingDonation(
    t.db,
    campaign.id,
    { ...gift(campaign, DonationKind.CUSTOM, 1, customPence), giftAidDeclarationId: declaration.id },
    stripeId("cs_live_", 58),
  );
  await t.db.donation.update({ where: { id: donation.id }, data: { livemode: true } });
  const paymentIntent = stripeId("pi_");
  const paid = live(
    checkoutEvent(
      "checkout.session.completed",
      checkoutSession({ id: donation.sessionId, donationId: donation.id, mode: "payment", amountTotal: donation.amountPence, paymentIntent }),
    ),
  );
  expect((await deliver(t, paid, deps())).body.outcome).toBe("applied");
  return { donation, paymentIntent };
}

const isClaimable = async (id: string) => (await t.db.donation.count({ where: { ...claimableWhere, id } })) === 1;
const row = (id: string) =>
  t.db.donation.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      refundedPence: true,
      refundedAt: true,
      disputeState: true,
      disputedAt: true,
      disputeClosedAt: true,
      stripeDisputeId: true,
      giftAidClaimId: true,
    },
  });
const liveProgress = async () => {
  const p = await computeCampaignProgress(t.db, { livemode: true });
  if (!p) throw new Error("no progress");
  return p;
};

describe("a card dispute", () => {
  it("marks the gift and takes it out of claimable Gift Aid while open; a won dispute restores it", async () => {
    const { donation, paymentIntent } = await paidLiveGift();
    expect(await isClaimable(donation.id)).toBe(true);
    const opened = dispute({ paymentIntent, amount: donation.amountPence, status: "needs_response", created: 1_790_000_000 });
    const created = live(disputeEvent("charge.dispute.created", opened, { created: 1_790_000_010 }));
    expect(await deliver(t, created, deps())).toMatchObject({ status: 200, body: { outcome: "applied" }, progressChanged: false });
    expect(await row(donation.id)).toMatchObject({
      status: DonationStatus.PAID,
      disputeState: DisputeState.OPEN,
      stripeDisputeId: opened.id,
      disputedAt: new Date(1_790_000_010 * 1000),
      disputeClosedAt: null,
    });
    expect(await isClaimable(donation.id)).toBe(false);

    const won = live(disputeEvent("charge.dispute.closed", { ...opened, status: "won" }, { created: 1_790_500_000 }));
    expect((await deliver(t, won, deps())).body.outcome).toBe("applied");
    // A late "updated" (under review) does not reopen it.
    await deliver(t, live(disputeEvent("charge.dispute.updated", { ...opened, status: "under_review" }, { created: 1_790_100_000 })), deps());
    expect(await row(donation.id)).toMatchObject({
      status: DonationStatus.PAID,
      refundedPence: 0,
      disputeState: DisputeState.WON,
      disputeClosedAt: new Date(1_790_500_000 * 1000),
    });
    expect(await isClaimable(donation.id)).toBe(true);
  });

  it("lost counts as a full refund: progress moves back once, whatever else arrives", async () => {
    const before = await liveProgress();
    const { donation, paymentIntent } = await paidLiveGift(3_000);
    expect((await liveProgress()).raisedPence - before.raisedPence).toBe(3_000);
    const lost = dispute({ paymentIntent, amount: donation.amountPence, status: "lost" });
    const closed = live(disputeEvent("charge.dispute.closed", lost));
    expect(await deliver(t, closed, deps())).toMatchObject({ body: { outcome: "applied" }, progressChanged: true });
    expect(await row(donation.id)).toMatchObject({
      status: DonationStatus.REFUNDED,
      refundedPence: 3_000,
      disputeState: DisputeState.LOST,
      refundedAt: new Date(closed.created * 1000),
    });
    expect((await liveProgress()).raisedPence).toBe(before.raisedPence);

    // The redelivery, a funds_withdrawn event, and a refund of the same charge change nothing more.
    expect((await deliver(t, closed, deps())).body.outcome).toBe("duplicate");
    expect(await deliver(t, live(disputeEvent("charge.dispute.funds_withdrawn", lost)), deps())).toMatchObject({ progressChanged: false });
    expect(await deliver(t, live(chargeRefundedEvent(charge({ paymentIntent, amount: 3_000, amountRefunded: 3_000 }))), deps())).toMatchObject({
      progressChanged: false,
    });
    expect((await liveProgress()).raisedPence).toBe(before.raisedPence);
    expect(await isClaimable(donation.id)).toBe(false);
    // Not claimed, so nothing to repay.
    expect(await t.db.giftAidAdjustment.count({ where: { donationId: donation.id } })).toBe(0);
  });
});

describe("a refund after the Gift Aid was claimed", () => {
  it("is an adjustment listed for the next claim, which includes it", async () => {
    await createGiftAidClaim(t.db, adminId); // clear what earlier tests left claimable
    const { donation, paymentIntent } = await paidLiveGift(2_001);
    const first = await createGiftAidClaim(t.db, adminId);
    expect(first).toMatchObject({ donationCount: 1, totalPence: 2_001, adjustmentCount: 0, adjustmentPence: 0 });

    // £5 back, then the rest.
    const partial = live(chargeRefundedEvent(charge({ paymentIntent, amount: 2_001, amountRefunded: 500 })));
    const full = live(chargeRefundedEvent(charge({ paymentIntent, amount: 2_001, amountRefunded: 2_001 })));
    expect(await deliver(t, partial, deps())).toMatchObject({ body: { outcome: "applied" }, progressChanged: true });
    expect((await deliver(t, partial, deps())).body.outcome).toBe("duplicate");
    expect(await deliver(t, full, deps())).toMatchObject({ body: { outcome: "applied" }, progressChanged: true });

    const pending = await t.db.giftAidAdjustment.findMany({
      where: { ...pendingAdjustmentsWhere, donationId: donation.id },
      orderBy: { refundedPence: "asc" },
    });
    expect(pending.map((a) => ({ event: a.stripeEventId, refunded: a.refundedPence, reason: a.reason, claim: a.claimedInId }))).toEqual([
      { event: partial.id, refunded: 500, reason: "refund", claim: first?.id },
      { event: full.id, refunded: 1_501, reason: "refund", claim: first?.id },
    ]);
    expect(pending.reduce((sum, a) => sum + a.giftAidPence, 0)).toBe(giftAidOn(2_001));

    // The next claim (with a new gift to claim) includes them.
    await paidLiveGift(1_000);
    const next = await createGiftAidClaim(t.db, adminId);
    expect(next).toMatchObject({ donationCount: 1, totalPence: 1_000, adjustmentCount: 2, adjustmentPence: giftAidOn(2_001) });
    expect(await t.db.giftAidAdjustment.count({ where: pendingAdjustmentsWhere })).toBe(0);
    expect(await t.db.giftAidAdjustment.count({ where: { includedInClaimId: next?.id } })).toBe(2);
    expect((await t.db.giftAidClaim.findUniqueOrThrow({ where: { id: next?.id ?? "" } })).adjustmentPence).toBe(giftAidOn(2_001));

    // Not a row of the schedule (docs/gift-aid.md): HMRC's schedule lists donations, each a
    // positive amount, and takes over-claimed Gift Aid as one figure for the claim, which the
    // claim page gives. The next claim's file lists its own donation alone; the first claim's
    // file stays as it was sent, the refunded gift in it.
    const amounts = async (claimId: string) => {
      const file = await claimScheduleFile(t.db, claimId, 1);
      if (!file) throw new Error(`no schedule for claim ${claimId}`);
      const [header, ...rows] = parseCsvRecords(await spreadsheetCsvText(file.data));
      return rows.map((r) => r[header?.indexOf("Amount") ?? -1]);
    };
    expect(await amounts(next?.id ?? "")).toEqual(["10.00"]);
    expect(await amounts(first?.id ?? "")).toEqual(["20.01"]);
  });

  it("a lost dispute after the claim is an adjustment too", async () => {
    await createGiftAidClaim(t.db, adminId);
    const { donation, paymentIntent } = await paidLiveGift(4_000);
    await createGiftAidClaim(t.db, adminId);
    const closed = live(disputeEvent("charge.dispute.closed", dispute({ paymentIntent, amount: 4_000, status: "lost" })));
    await deliver(t, closed, deps());
    expect(
      await t.db.giftAidAdjustment.findMany({
        where: { donationId: donation.id },
        select: { reason: true, refundedPence: true, giftAidPence: true, includedInClaimId: true },
      }),
    ).toEqual([{ reason: "dispute lost", refundedPence: 4_000, giftAidPence: 1_000, includedInClaimId: null }]);
  });
});

describe("replayed in any order", () => {
  it("disputes, refunds and their redeliveries, shuffled, end in the same state every time", async () => {
    type Final = { status: string; refundedPence: number; disputeState: string | null; adjustments: number; giftAidPence: number };
    const finals: Final[] = [];
    for (let seedValue = 1; seedValue <= 6; seedValue++) {
      await createGiftAidClaim(t.db, adminId);
      const { donation, paymentIntent } = await paidLiveGift(2_503);
      await createGiftAidClaim(t.db, adminId);
      const opened = dispute({ paymentIntent, amount: 2_503, status: "needs_response" });
      const events = [
        live(chargeRefundedEvent(charge({ paymentIntent, amount: 2_503, amountRefunded: 301 }), { created: 1_790_000_100 })),
        live(chargeRefundedEvent(charge({ paymentIntent, amount: 2_503, amountRefunded: 1_002 }), { created: 1_790_000_200 })),
        live(disputeEvent("charge.dispute.created", opened, { created: 1_790_000_300 })),
        live(disputeEvent("charge.dispute.funds_withdrawn", opened, { created: 1_790_000_310 })),
        live(disputeEvent("charge.dispute.updated", { ...opened, status: "under_review" }, { created: 1_790_000_400 })),
        live(disputeEvent("charge.dispute.closed", { ...opened, status: "lost" }, { created: 1_790_000_500 })),
      ];
      const random = seededRandom(seedValue);
      for (const event of shuffle([...events, ...events], random)) expect((await deliver(t, event, deps())).status).toBe(200);
      const d = await row(donation.id);
      const adjustments = await t.db.giftAidAdjustment.findMany({ where: { donationId: donation.id } });
      expect(d.disputedAt).toEqual(new Date(1_790_000_300 * 1000));
      finals.push({
        status: d.status,
        refundedPence: d.refundedPence,
        disputeState: d.disputeState,
        adjustments: adjustments.reduce((s, a) => s + a.refundedPence, 0),
        giftAidPence: adjustments.reduce((s, a) => s + a.giftAidPence, 0),
      });
    }
    for (const final of finals)
      expect(final).toEqual({
        status: DonationStatus.REFUNDED,
        refundedPence: 2_503,
        disputeState: DisputeState.LOST,
        adjustments: 2_503,
        giftAidPence: giftAidOn(2_503),
      });
  });
});
