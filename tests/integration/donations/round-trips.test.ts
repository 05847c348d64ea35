// What one paid checkout costs the database, statement by statement, through the same adapter
// options as the site (lib/db.ts): five round trips in one transaction, and the three statements
// between BEGIN and COMMIT prepared once per connection and then reused. A regression that adds a round trip
// or stops the reuse fails here; the benchmark (npm run bench:webhook) says what it costs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import type { PgBoss } from "pg-boss";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { handleWebhook } from "@/lib/donations/webhook/handle-webhook";
import { PREPARED, statementName } from "@/lib/prepared-statements";
import { enqueueWith, startBoss } from "@/lib/queue/boss";
import { queues } from "@/lib/queue/jobs";
import { findJobs } from "../../support/newsletter-fixtures";
import { TEST_WEBHOOK_SECRET, checkoutEvent, checkoutSession, signedDelivery, stripeId } from "../../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { createPendingDonation, gift, seedCampaign, type SeededCampaign } from "./fixtures";

type Sent = { text: string; name: string | undefined };

/** Every statement the webhook's connections send, with the name it was prepared under, if any. */
const sent: Sent[] = [];
class RecordingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [config] = args;
    if (typeof config === "string") sent.push({ text: config, name: undefined });
    else if (config && typeof config === "object" && "text" in config) {
      const { text, name } = config as { text: string; name?: string };
      sent.push({ text, name: name || undefined });
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

let t: TestDatabase;
let campaign: SeededCampaign;
let boss: PgBoss;
let site: PrismaClient;

beforeAll(async () => {
  t = await createTestDatabase();
  campaign = await seedCampaign(t);
  boss = await startBoss(t.url);
  // One connection, as lib/db.ts configures the adapter: so the second event finds what the
  // first prepared.
  site = new PrismaClient({ adapter: new PrismaPg({ connectionString: t.url, max: 1, Client: RecordingClient }, { statementNameGenerator: statementName }) });
});
afterAll(async () => {
  await site?.$disconnect();
  await boss?.stop({ graceful: false, timeout: 5_000 });
  await t?.drop();
});

async function paidCheckout() {
  const donation = await createPendingDonation(t.db, campaign.id, gift(campaign, DonationKind.COAT, 1));
  const event = checkoutEvent(
    "checkout.session.completed",
    checkoutSession({ id: donation.sessionId, donationId: donation.id, mode: "payment", amountTotal: donation.amountPence, paymentIntent: stripeId("pi_") }),
  );
  const { body, signature } = signedDelivery(event);
  sent.length = 0;
  const result = await handleWebhook(site, body, signature, { secret: TEST_WEBHOOK_SECRET, enqueue: enqueueWith(boss) });
  return { donation, event, result, statements: [...sent] };
}

const shape = (s: Sent) => s.text.replace(PREPARED, "").trim().replace(/\s+/g, " ").slice(0, 40);

describe("a paid checkout.session.completed", () => {
  it("takes five round trips: BEGIN, the event recorded with its donation locked, the update, the receipt job, COMMIT", async () => {
    const { donation, event, result, statements } = await paidCheckout();
    expect(result).toEqual({ status: 200, body: { received: true, outcome: "applied" }, progressChanged: true });
    expect(statements.map(shape)).toEqual([
      "BEGIN",
      expect.stringMatching(/^WITH locked AS \( SELECT "id", "status"/),
      expect.stringMatching(/^UPDATE "Donation" SET "status"/),
      expect.stringMatching(/^WITH ins AS \( INSERT INTO pgboss\.job/),
      "COMMIT",
    ]);
    // And it did all it did before: paid, the event linked to it, one receipt queued.
    expect(await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toMatchObject({
      status: DonationStatus.PAID,
      paidAt: new Date(event.created * 1000),
    });
    expect(await t.db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      donationId: donation.id,
      type: event.type,
      createdAt: new Date(event.created * 1000),
    });
    expect((await findJobs(boss, queues.donationReceipt, { donationId: donation.id })).map((j) => j.data)).toEqual([
      { donationId: donation.id, idempotencyKey: `receipt/${donation.sessionId}` },
    ]);
  });

  it("prepares the event's statement, the donation's update and pg-boss's job insert once per connection, and only those", async () => {
    const first = await paidCheckout();
    const second = await paidCheckout();
    expect(second.result.body.outcome).toBe("applied");
    const named = (statements: Sent[]) => statements.filter((s) => s.name).map((s) => [shape(s), s.name]);
    expect(named(second.statements)).toEqual(named(first.statements));
    expect(named(second.statements)).toEqual([
      [expect.stringMatching(/^WITH locked AS/), expect.stringMatching(/^p_/)],
      [expect.stringMatching(/^UPDATE "Donation" SET/), expect.stringMatching(/^p_/)],
      [expect.stringMatching(/^WITH ins AS/), expect.stringMatching(/^p_/)],
    ]);
    const [row] = await site.$queryRaw<{ names: string[] }[]>`SELECT array_agg(name ORDER BY name) AS names FROM pg_prepared_statements`;
    expect(row?.names).toEqual(second.statements.flatMap((s) => (s.name ? [s.name] : [])).sort());
  });
});

describe("statementName", () => {
  it("names marked statements by their text, and leaves the rest unnamed", () => {
    const a = statementName({ sql: `${PREPARED}SELECT 1` });
    expect(a).toMatch(/^p_[\w-]{27}$/);
    expect(statementName({ sql: `${PREPARED}SELECT 1` })).toBe(a);
    expect(statementName({ sql: `${PREPARED}SELECT 2` })).not.toBe(a);
    expect(statementName({ sql: "SELECT 1" })).toBe("");
  });
});
