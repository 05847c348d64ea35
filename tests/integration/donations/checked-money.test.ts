// A paid event is applied only when it is the payment the donation asked for: its own Checkout
// Session, the amount the donor was charged (the gift plus any card fee they covered), in pounds,
// in the donation's mode. Anything else is kept as a PaymentProblem for staff, never as paid, and
// staff mark problems resolved (admins only, audited). Events through the whole signed webhook.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveProblem } from "@/lib/donations/admin/payment-problems";
import { DonationFrequency, DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { recordingEnqueue } from "../../support/newsletter-fixtures";
import { checkoutEvent, checkoutSession, invoice, invoicePaidEvent, stripeId } from "../../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { cardFee, createPendingDonation, deliver, gift, seedCampaign, type SeededCampaign } from "./fixtures";

let t: TestDatabase;
let campaign: SeededCampaign;

beforeAll(async () => {
  t = await createTestDatabase();
  campaign = await seedCampaign(t);
});
afterAll(async () => {
  await t?.drop();
});

async function pendingCoat(options: { fee?: boolean } = {}) {
  const priced = gift(campaign, DonationKind.COAT, 2);
  return createPendingDonation(t.db, campaign.id, { ...priced, feePence: options.fee ? cardFee(priced.amountPence) : 0 });
}

const donationRow = (id: string) => t.db.donation.findUniqueOrThrow({ where: { id }, select: { status: true, paidAt: true, stripePaymentIntentId: true } });

describe("a paid checkout that disagrees with its donation", () => {
  it("the amount charged must be the gift plus the fee the donor chose: anything else is a problem, not a payment", async () => {
    const donation = await pendingCoat({ fee: true });
    const charged = donation.amountPence + donation.feePence;
    const { enqueue, jobs } = recordingEnqueue();
    const logged: string[] = [];

    // The gift without its fee: short by the fee.
    const short = checkoutEvent(
      "checkout.session.completed",
      checkoutSession({ id: donation.sessionId, donationId: donation.id, mode: "payment", amountTotal: donation.amountPence, paymentIntent: stripeId("pi_") }),
    );
    const result = await deliver(t, short, { enqueue, log: (m) => logged.push(m) });
    expect(result).toMatchObject({ status: 200, body: { received: true, outcome: "refused" }, progressChanged: false });
    expect(await donationRow(donation.id)).toEqual({ status: DonationStatus.PENDING, paidAt: null, stripePaymentIntentId: null });
    expect(jobs).toEqual([]);
    expect(logged.length).toBe(1);
    expect(logged[0]).toContain(`refused checkout.session.completed ${short.id} for donation ${donation.id}`);
    const problem = await t.db.paymentProblem.findUniqueOrThrow({ where: { stripeEventId: short.id } });
    expect(problem).toMatchObject({
      donationId: donation.id,
      eventType: "checkout.session.completed",
      kinds: "amount",
      resolvedAt: null,
      occurredAt: new Date(short.created * 1000),
    });
    expect(problem.expected).toContain(`£${(charged / 100).toFixed(2)}`);
    expect(problem.received).toContain(`£${(donation.amountPence / 100).toFixed(0)}`);
    // Stripe's retry changes nothing and records no second problem.
    expect((await deliver(t, short, { enqueue })).body.outcome).toBe("duplicate");
    expect(await t.db.paymentProblem.count({ where: { donationId: donation.id } })).toBe(1);

    // The right amount pays it.
    const right = checkoutEvent(
      "checkout.session.completed",
      checkoutSession({ id: donation.sessionId, donationId: donation.id, mode: "payment", amountTotal: charged, paymentIntent: stripeId("pi_") }),
    );
    expect(await deliver(t, right, { enqueue })).toMatchObject({ body: { outcome: "applied" }, progressChanged: true });
    expect((await donationRow(donation.id)).status).toBe(DonationStatus.PAID);
  });

  it("a charge in another currency is a problem", async () => {
    const donation = await pendingCoat();
    const session = {
      ...checkoutSession({ id: donation.sessionId, donationId: donation.id, mode: "payment", amountTotal: donation.amountPence }),
      currency: "eur",
    };
    const event = checkoutEvent("checkout.session.completed", session);
    expect((await deliver(t, event, recordingEnqueue())).body.outcome).toBe("refused");
    expect((await donationRow(donation.id)).status).toBe(DonationStatus.PENDING);
    expect(await t.db.paymentProblem.findUniqueOrThrow({ where: { stripeEventId: event.id } })).toMatchObject({
      kinds: "currency",
      expected: "currency: GBP",
      received: "currency: EUR",
    });
  });

  it("a live event for a test donation is a problem", async () => {
    const donation = await pendingCoat();
    const event = {
      ...checkoutEvent(
        "checkout.session.completed",
        checkoutSession({ id: donation.sessionId, donationId: donation.id, mode: "payment", amountTotal: donation.amountPence }),
      ),
      livemode: true,
    };
    expect((await deliver(t, event, recordingEnqueue())).body.outcome).toBe("refused");
    expect((await donationRow(donation.id)).status).toBe(DonationStatus.PENDING);
    expect(await t.db.paymentProblem.findUniqueOrThrow({ where: { stripeEventId: event.id } })).toMatchObject({ kinds: "livemode", donationId: donation.id });
  });

  it("another Checkout Session naming the donation (a Payment Link, say) is a problem, even with the right amount", async () => {
    const donation = await pendingCoat();
    const other = checkoutEvent("checkout.session.completed", checkoutSession({ donationId: donation.id, mode: "payment", amountTotal: donation.amountPence }));
    expect((await deliver(t, other, recordingEnqueue())).body.outcome).toBe("refused");
    expect((await donationRow(donation.id)).status).toBe(DonationStatus.PENDING);
    expect(await t.db.paymentProblem.findUniqueOrThrow({ where: { stripeEventId: other.id } })).toMatchObject({
      kinds: "session",
      expected: `session: Checkout Session ${donation.sessionId}`,
    });
  });

  it("a donation with no session recorded is paid by no session: client_reference_id alone names nothing", async () => {
    const donation = await pendingCoat();
    await t.db.donation.update({ where: { id: donation.id }, data: { stripeSessionId: null } });
    // Named by metadata: refused and kept as a problem.
    const named = checkoutEvent("checkout.session.completed", checkoutSession({ donationId: donation.id, mode: "payment", amountTotal: donation.amountPence }));
    expect((await deliver(t, named, recordingEnqueue())).body.outcome).toBe("refused");
    expect(await t.db.paymentProblem.findUniqueOrThrow({ where: { stripeEventId: named.id } })).toMatchObject({
      kinds: "session",
      expected: "session: no Checkout Session recorded for this donation",
    });
    // Named only by client_reference_id (no metadata, as from a Payment Link): not one of ours.
    const linked = checkoutEvent("checkout.session.completed", {
      ...checkoutSession({ donationId: donation.id, mode: "payment", amountTotal: donation.amountPence }),
      metadata: {},
    });
    expect((await deliver(t, linked, recordingEnqueue())).body.outcome).toBe("applied");
    expect((await t.db.stripeEvent.findUniqueOrThrow({ where: { id: linked.id } })).donationId).toBeNull();
    expect(await donationRow(donation.id)).toMatchObject({ status: DonationStatus.PENDING, paidAt: null });
  });

  it("several disagreements at once are one problem listing each", async () => {
    const donation = await pendingCoat();
    const event = checkoutEvent("checkout.session.completed", {
      ...checkoutSession({ donationId: donation.id, mode: "payment", amountTotal: 1 }),
      currency: "usd",
    });
    expect((await deliver(t, event, recordingEnqueue())).body.outcome).toBe("refused");
    expect((await t.db.paymentProblem.findUniqueOrThrow({ where: { stripeEventId: event.id } })).kinds).toBe("session,amount,currency");
  });

  it("a monthly gift's first invoice must be for the amount charged at checkout", async () => {
    const donation = await createPendingDonation(t.db, campaign.id, {
      ...gift(campaign, DonationKind.CUSTOM, 1, 1000),
      feePence: 35,
      frequency: DonationFrequency.MONTHLY,
    });
    const fields = { subscription: stripeId("sub_"), donationId: donation.id, customer: stripeId("cus_", 14), billingReason: "subscription_create" as const };
    const wrong = invoicePaidEvent(invoice({ ...fields, amount: 1000 }));
    expect((await deliver(t, wrong, recordingEnqueue())).body.outcome).toBe("refused");
    expect((await donationRow(donation.id)).status).toBe(DonationStatus.PENDING);
    expect((await t.db.paymentProblem.findUniqueOrThrow({ where: { stripeEventId: wrong.id } })).kinds).toBe("amount");
    const right = invoicePaidEvent(invoice({ ...fields, amount: 1035 }));
    expect((await deliver(t, right, recordingEnqueue())).body.outcome).toBe("applied");
    expect((await donationRow(donation.id)).status).toBe(DonationStatus.PAID);
  });
});

describe("staff resolve problems", () => {
  it("marks an open problem resolved once, with who, when and a note, and audits it", async () => {
    const donation = await pendingCoat();
    const event = checkoutEvent(
      "checkout.session.completed",
      checkoutSession({ id: donation.sessionId, donationId: donation.id, mode: "payment", amountTotal: 5 }),
    );
    await deliver(t, event, recordingEnqueue());
    const problem = await t.db.paymentProblem.findUniqueOrThrow({ where: { stripeEventId: event.id } });
    const admin = await t.db.user.create({ data: { email: `admin-${problem.id}@example.org`, role: "ADMIN" } });
    const at = new Date("2026-12-06T12:00:00Z");

    expect(await resolveProblem(t.db, { id: problem.id, note: "Refunded in Stripe; donor gave again" }, admin.id, at)).toEqual({ ok: true });
    expect(await t.db.paymentProblem.findUniqueOrThrow({ where: { id: problem.id } })).toMatchObject({
      resolvedAt: at,
      resolvedById: admin.id,
      resolvedNote: "Refunded in Stripe; donor gave again",
    });
    expect(await t.db.auditLog.findMany({ where: { subject: problem.id }, select: { action: true, actorId: true } })).toEqual([
      { action: "payment-problem.resolve", actorId: admin.id },
    ]);
    // A second click (or a colleague's) changes nothing.
    expect(await resolveProblem(t.db, { id: problem.id, note: "" }, admin.id)).toEqual({ ok: false, reason: "already-resolved" });
    expect(await resolveProblem(t.db, { id: "nope", note: "" }, admin.id)).toEqual({ ok: false, reason: "not-found" });
    expect(await t.db.auditLog.count({ where: { subject: problem.id } })).toBe(1);
    // Resolving does not pay the gift.
    expect((await donationRow(donation.id)).status).toBe(DonationStatus.PENDING);
  });
});
