// What one paid checkout costs the database, round trip by round trip, through the site's own
// transaction (connectionTransactions, as lib/donations/stripe-wiring.ts makes it): two round
// trips, BEGIN sent with the event's statement and the last two statements with COMMIT, and the
// three statements between BEGIN and COMMIT prepared once per connection and then reused. A
// regression that adds a round trip or stops the reuse fails here; the benchmark (npm run
// bench:webhook) says what it costs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import type { PgBoss } from "pg-boss";
import { DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { handleWebhook } from "@/lib/donations/webhook/handle-webhook";
import { StatementBatch } from "@/lib/donations/webhook/statement-batch";
import { connectionTransactions } from "@/lib/donations/webhook/webhook-transaction";
import { PREPARED, statementName } from "@/lib/prepared-statements";
import { enqueueWith, startBoss } from "@/lib/queue/boss";
import { queues } from "@/lib/queue/jobs";
import { findJobs } from "../../support/newsletter-fixtures";
import { TEST_WEBHOOK_SECRET, checkoutEvent, checkoutSession, signedDelivery, stripeId } from "../../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { createPendingDonation, gift, seedCampaign, type SeededCampaign } from "./fixtures";

type Sent = { text: string; name: string | undefined };

/** What the webhook's connection sends: each query (one round trip) with its statements, and every statement parsed. */
const trips: Sent[][] = [];
const parsed: string[] = [];
class RecordingClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const connection = (this as unknown as { connection: { parse(q: { text: string }): void } }).connection;
    const parse = connection.parse.bind(connection);
    connection.parse = (query) => {
      parsed.push(query.text);
      parse(query);
    };
  }

  override query(...args: unknown[]): never {
    const [config] = args;
    if (config instanceof StatementBatch) trips.push(config.statements.map((s) => ({ text: s.text, name: s.name })));
    else if (typeof config === "string") trips.push([{ text: config, name: undefined }]);
    else if (config && typeof config === "object" && "text" in config) {
      const { text, name } = config as { text: string; name?: string };
      trips.push([{ text, name: name || undefined }]);
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

let t: TestDatabase;
let campaign: SeededCampaign;
let boss: PgBoss;
let transaction: ReturnType<typeof connectionTransactions>;

beforeAll(async () => {
  t = await createTestDatabase();
  campaign = await seedCampaign(t);
  boss = await startBoss(t.url);
  // One lane: so the second event finds what the first prepared.
  transaction = connectionTransactions(t.url, { lanes: 1, Client: RecordingClient });
});
afterAll(async () => {
  await transaction?.close();
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
  trips.length = 0;
  parsed.length = 0;
  const result = await handleWebhook(t.db, body, signature, { secret: TEST_WEBHOOK_SECRET, enqueue: enqueueWith(boss), transaction });
  return { donation, event, result, trips: trips.map((trip) => [...trip]), parsed: [...parsed] };
}

const shape = (s: Sent) => s.text.replace(PREPARED, "").trim().replace(/\s+/g, " ").slice(0, 40);

describe("a paid checkout.session.completed", () => {
  it("takes two round trips: BEGIN with the event recorded and its donation locked; the update, the receipt job and COMMIT", async () => {
    const { donation, event, result, trips } = await paidCheckout();
    expect(result).toEqual({ status: 200, body: { received: true, outcome: "applied" }, progressChanged: true });
    expect(trips.map((trip) => trip.map(shape))).toEqual([
      ["BEGIN", expect.stringMatching(/^WITH locked AS \( SELECT "id", "status"/)],
      [expect.stringMatching(/^WITH updated AS \( UPDATE "Donation" SET/), expect.stringMatching(/^WITH ins AS \( INSERT INTO pgboss\.job/), "COMMIT"],
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
    const named = (trips: Sent[][]) =>
      trips
        .flat()
        .filter((s) => s.name)
        .map((s) => [shape(s), s.name]);
    expect(named(second.trips)).toEqual(named(first.trips));
    expect(named(second.trips)).toEqual([
      [expect.stringMatching(/^WITH locked AS/), expect.stringMatching(/^p_/)],
      [expect.stringMatching(/^WITH updated AS/), expect.stringMatching(/^p_/)],
      [expect.stringMatching(/^WITH ins AS/), expect.stringMatching(/^p_/)],
    ]);
    // The second parsed only what has no name (BEGIN and COMMIT, which cost next to nothing).
    expect(second.parsed).toEqual(["BEGIN", "COMMIT"]);
    const rows = await transaction((_tx, sql) =>
      sql.$queryRawUnsafe<{ names: string[] }[]>("SELECT array_agg(name ORDER BY name) AS names FROM pg_prepared_statements"),
    );
    expect(rows[0]?.names).toEqual(
      second.trips
        .flat()
        .flatMap((s) => (s.name ? [s.name] : []))
        .sort(),
    );
  });

  it("a second delivery of it: BEGIN with the event found recorded, then COMMIT alone", async () => {
    const { event } = await paidCheckout();
    const { body, signature } = signedDelivery(event);
    trips.length = 0;
    const again = await handleWebhook(t.db, body, signature, { secret: TEST_WEBHOOK_SECRET, enqueue: enqueueWith(boss), transaction });
    expect(again.body.outcome).toBe("duplicate");
    expect(trips.map((trip) => trip.map(shape))).toEqual([["BEGIN", expect.stringMatching(/^WITH locked AS/)], ["COMMIT"]]);
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
