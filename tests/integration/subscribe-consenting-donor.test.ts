import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "../../prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "integration-test-secret-long-enough-0123456789";
});

const { subscribeConsentingDonor } = await import("@/lib/donations/subscribe-consenting-donor");
const { DonationKind, DonationStatus } = await import("@/lib/generated/prisma/enums");
type Enqueue = import("@/lib/queue/jobs").Enqueue;

let t: TestDatabase;
const jobs: unknown[] = [];
const enqueue: Enqueue = async (_queue, data) => {
  jobs.push(data);
};

beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
});
afterAll(() => t.drop());

describe("subscribeConsentingDonor", () => {
  it("signs up a paid donor who ticked the box (pending, confirmation queued) and nobody else", async () => {
    const campaign = await t.db.campaign.findFirstOrThrow();
    const make = (key: string, extra: object) =>
      t.db.donation.create({
        data: { campaignId: campaign.id, livemode: false, kind: DonationKind.COAT, amountPence: 2500, attemptKey: key, status: DonationStatus.PAID, ...extra },
      });
    const yes = await make("yes", { emailConsent: true, donorEmail: "Giver@Example.org" });
    const no = await make("no", { emailConsent: false, donorEmail: "quiet@example.org" });
    const unpaid = await make("unpaid", { emailConsent: true, donorEmail: "later@example.org", status: DonationStatus.PENDING });

    expect(await subscribeConsentingDonor(t.db, enqueue, yes.id)).toBe(true);
    expect(await subscribeConsentingDonor(t.db, enqueue, no.id)).toBe(false);
    expect(await subscribeConsentingDonor(t.db, enqueue, unpaid.id)).toBe(false);

    const subscribers = await t.db.subscriber.findMany({ select: { email: true, status: true, consents: { select: { source: true, action: true } } } });
    expect(subscribers).toEqual([{ email: "giver@example.org", status: "PENDING", consents: [{ source: "donation", action: "GIVEN" }] }]);
    expect(jobs).toHaveLength(1);
  });
});
