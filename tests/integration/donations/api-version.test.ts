// The webhook speaks one Stripe API version, the SDK's (lib/stripe/api-version.ts). An event
// rendered at any other is refused loudly: not 2xx (so Stripe retries it once the endpoint is set
// to the right version), logged, and not recorded, so the retry then applies it as new.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { STRIPE_API_VERSION } from "@/lib/stripe/api-version";
import { recordingEnqueue } from "../../support/newsletter-fixtures";
import { checkoutEvent, checkoutSession, customer, customerCreatedEvent, STRIPE_API_VERSION as EVENTS_VERSION } from "../../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { createPendingDonation, deliver, gift, seedCampaign, type SeededCampaign } from "./fixtures";

let t: TestDatabase;
let campaign: SeededCampaign;

beforeAll(async () => {
  t = await createTestDatabase();
  campaign = await seedCampaign(t);
});
afterAll(async () => {
  await t?.drop();
});

describe("an event of another API version", () => {
  it("the test events are rendered at the SDK's version", () => {
    expect(EVENTS_VERSION).toBe(STRIPE_API_VERSION);
  });

  it("is refused with a non-2xx answer, logged, and nothing is recorded; the same event at the right version then applies", async () => {
    const donation = await createPendingDonation(t.db, campaign.id, gift(campaign, DonationKind.COAT, 1));
    const paid = checkoutEvent(
      "checkout.session.completed",
      checkoutSession({ id: donation.sessionId, donationId: donation.id, mode: "payment", amountTotal: donation.amountPence }),
    );
    const { enqueue, jobs } = recordingEnqueue();

    for (const version of ["2024-06-20", "2025-03-31.basil", null]) {
      const logged: string[] = [];
      const result = await deliver(t, { ...paid, api_version: version }, { enqueue, log: (m) => logged.push(m) });
      expect(result).toEqual({ status: 422, body: { received: false, error: "unsupported API version" }, progressChanged: false });
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain(
        `refused checkout.session.completed ${paid.id}: rendered at API version ${version ?? "(none)"}, but this site reads ${STRIPE_API_VERSION}`,
      );
    }
    expect(await t.db.stripeEvent.count({ where: { id: paid.id } })).toBe(0);
    expect(await t.db.paymentProblem.count({ where: { stripeEventId: paid.id } })).toBe(0);
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).status).toBe(DonationStatus.PENDING);
    expect(jobs).toEqual([]);

    // Once the endpoint is fixed, Stripe's retry (rendered at the endpoint's version) applies.
    expect(await deliver(t, paid, { enqueue })).toMatchObject({ status: 200, body: { outcome: "applied" } });
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).status).toBe(DonationStatus.PAID);
  });

  it("is refused even for a type the site ignores: the endpoint is misconfigured either way", async () => {
    const event = { ...customerCreatedEvent(customer({ email: "someone@example.org" })), api_version: "2024-06-20" };
    expect((await deliver(t, event, recordingEnqueue())).status).toBe(422);
    expect(await t.db.stripeEvent.count({ where: { id: event.id } })).toBe(0);
  });
});
