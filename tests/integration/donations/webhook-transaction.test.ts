// The webhook's own transaction (lib/donations/webhook/webhook-transaction.ts): leased single-connection
// lanes with BEGIN/COMMIT. A failure mid-event rolls everything back (the event is not recorded,
// the donation not paid, no job queued), and Stripe's retry applies it afresh; lanes queue up
// when all are busy and every event is still applied once.
import pg from "pg";
import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { advanceFromSession, lockDonation, type LockedDonation } from "@/lib/donations/webhook/advance-donation";
import { connectionTransactions } from "@/lib/donations/webhook/webhook-transaction";
import { DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { enqueueWith, startBoss } from "@/lib/queue/boss";
import { queues, type Enqueue } from "@/lib/queue/jobs";
import { findJobs } from "../../support/newsletter-fixtures";
import { checkoutEvent, checkoutSession, stripeId } from "../../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { createPendingDonation, deliver, gift, pool, seedCampaign, type SeededCampaign } from "./fixtures";

let t: TestDatabase;
let campaign: SeededCampaign;
let boss: PgBoss;
let transaction: ReturnType<typeof connectionTransactions>;

beforeAll(async () => {
  t = await createTestDatabase();
  campaign = await seedCampaign(t);
  boss = await startBoss(t.url);
  transaction = connectionTransactions(t.url, { lanes: 2 });
});
afterAll(async () => {
  await boss?.stop({ graceful: false, timeout: 5_000 });
  await transaction?.close();
  await t?.drop();
});

const paidEvent = async () => {
  const donation = await createPendingDonation(t.db, campaign.id, gift(campaign, DonationKind.COAT, 1));
  return {
    donation,
    event: checkoutEvent(
      "checkout.session.completed",
      checkoutSession({ id: donation.sessionId, donationId: donation.id, mode: "payment", amountTotal: donation.amountPence }),
    ),
  };
};

/** A donation as the webhook reads it (its lock released at once). */
const lockedCopy = async (id: string): Promise<LockedDonation> => {
  const locked = await t.db.$transaction((tx) => lockDonation(tx, id));
  if (!locked) throw new Error(`no donation ${id}`);
  return locked;
};

describe("the webhook's connection transactions", () => {
  it("roll back everything when the event fails mid-way; the retry applies it once", async () => {
    const { donation, event } = await paidEvent();
    const real = enqueueWith(boss);
    const failing: typeof real = async (queue, data, options) => {
      await real(queue, data, options);
      throw new Error("the database went away");
    };
    expect((await deliver(t, event, { enqueue: failing, transaction })).status).toBe(500);
    expect(await t.db.stripeEvent.count({ where: { id: event.id } })).toBe(0);
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).status).toBe(DonationStatus.PENDING);
    expect(await findJobs(boss, queues.donationReceipt, { donationId: donation.id })).toEqual([]);

    expect((await deliver(t, event, { enqueue: real, transaction })).body.outcome).toBe("applied");
    expect((await deliver(t, event, { enqueue: real, transaction })).body.outcome).toBe("duplicate");
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).status).toBe(DonationStatus.PAID);
    expect(await findJobs(boss, queues.donationReceipt, { donationId: donation.id })).toHaveLength(1);
  });

  it("queue up when every lane is busy: 40 deliveries of 10 events over 2 lanes apply each once", async () => {
    const made = await Promise.all(Array.from({ length: 10 }, paidEvent));
    const deliveries = made.flatMap((m) => [m.event, m.event, m.event, m.event]);
    const results = await pool(deliveries, 12, (event) => deliver(t, event, { enqueue: enqueueWith(boss), transaction }));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.body.outcome === "applied")).toHaveLength(10);
    expect(await t.db.donation.count({ where: { id: { in: made.map((m) => m.donation.id) }, status: DonationStatus.PAID } })).toBe(10);
  });

  it("write what Prisma wrote: the paid time, the ids and the donor, the event linked, in UTC", async () => {
    const donation = await createPendingDonation(t.db, campaign.id, gift(campaign, DonationKind.COAT, 2));
    const paymentIntent = stripeId("pi_");
    const customer = stripeId("cus_", 14);
    const event = checkoutEvent(
      "checkout.session.completed",
      checkoutSession({
        id: donation.sessionId,
        donationId: donation.id,
        mode: "payment",
        amountTotal: donation.amountPence,
        paymentIntent,
        customer,
        customerEmail: "ada@example.org",
        name: "Ada Donor",
      }),
    );
    const before = await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } });
    expect((await deliver(t, event, { enqueue: enqueueWith(boss), transaction })).body.outcome).toBe("applied");
    const after = await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } });
    expect(after).toEqual({
      ...before,
      status: DonationStatus.PAID,
      paidAt: new Date(event.created * 1000),
      stripePaymentIntentId: paymentIntent,
      stripeCustomerId: customer,
      donorEmail: "ada@example.org",
      donorName: "Ada Donor",
      updatedAt: expect.any(Date),
    });
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    expect(Math.abs(after.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await t.db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      donationId: donation.id,
      createdAt: new Date(event.created * 1000),
    });
  });

  it("roll back when the lane's connection is killed mid-event, keep nothing, and carry on on a new one", async () => {
    const { donation, event } = await paidEvent();
    const real = enqueueWith(boss);
    const admin = new pg.Client({ connectionString: t.url });
    await admin.connect();
    let killed = 0;
    // The lane's connection is the one idle in a transaction: the event is recorded, its donation
    // locked, and its last statements wait to go with COMMIT.
    const killer: Enqueue = async (queue, data, options) => {
      if (killed === 0 && options?.tx) {
        const { rows } = await admin.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'",
        );
        expect(rows).toHaveLength(1);
        await admin.query("SELECT pg_terminate_backend($1::int)", [rows[0]?.pid]);
        killed += 1;
      }
      await real(queue, data, options);
    };
    try {
      // Whether the last statements and COMMIT meet the dead connection or the fresh one the pool
      // opens after it, they must not run: on the fresh one they would commit on their own,
      // outside the transaction.
      expect((await deliver(t, event, { enqueue: killer, transaction })).status).toBe(500);
      expect(killed).toBe(1);
      expect(await t.db.stripeEvent.count({ where: { id: event.id } })).toBe(0);
      expect((await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).status).toBe(DonationStatus.PENDING);
      expect(await findJobs(boss, queues.donationReceipt, { donationId: donation.id })).toEqual([]);

      // Every lane still works (two lanes: both get used).
      const retries = await Promise.all(
        [event, (await paidEvent()).event, (await paidEvent()).event].map((e) => deliver(t, e, { enqueue: real, transaction })),
      );
      expect(retries.map((r) => r.body.outcome)).toEqual(["applied", "applied", "applied"]);
      expect(await findJobs(boss, queues.donationReceipt, { donationId: donation.id })).toHaveLength(1);
    } finally {
      await admin.end();
    }
  });

  it("send the writes kept for COMMIT with it: one that fails stops the COMMIT, and nothing is kept", async () => {
    const { donation } = await paidEvent();
    const before = await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } });
    const missing = { ...(await lockedCopy(donation.id)), id: "no-such-donation" };
    await expect(
      transaction(async (_tx, sql) => {
        await sql.$queryRawUnsafe(`UPDATE "Donation" SET "donorName" = 'Written first' WHERE "id" = $1`, donation.id);
        await advanceFromSession(sql.atCommit, missing, DonationStatus.PAID, new Date(), { stripeSessionId: donation.sessionId });
        await sql.atCommit.$queryRawUnsafe(`UPDATE "Donation" SET "donorEmail" = 'after@example.org' WHERE "id" = $1`, donation.id);
      }),
    ).rejects.toThrow(/the donation was not updated: 0 rows/);
    expect(await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toEqual(before);

    // The same through a lane that is still sound: the update made, the donation paid.
    await transaction(async (_tx, sql) => {
      await advanceFromSession(sql.atCommit, await lockedCopy(donation.id), DonationStatus.PAID, new Date(), { stripeSessionId: donation.sessionId });
    });
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).status).toBe(DonationStatus.PAID);
  });

  it("send the writes kept for COMMIT before a later query of the transaction, which runs only if they succeeded", async () => {
    const { donation } = await paidEvent();
    const seen = await transaction(async (tx, sql) => {
      await sql.atCommit.$queryRawUnsafe(`UPDATE "Donation" SET "donorName" = 'Kept for commit' WHERE "id" = $1`, donation.id);
      const viaPrisma = await tx.donation.findUniqueOrThrow({ where: { id: donation.id }, select: { donorName: true } });
      await sql.atCommit.$queryRawUnsafe(`UPDATE "Donation" SET "donorEmail" = 'kept@example.org' WHERE "id" = $1`, donation.id);
      const [viaSql] = await sql.$queryRawUnsafe<{ donorEmail: string }[]>(`SELECT "donorEmail" FROM "Donation" WHERE "id" = $1`, donation.id);
      return { viaPrisma: viaPrisma.donorName, viaSql: viaSql?.donorEmail };
    });
    expect(seen).toEqual({ viaPrisma: "Kept for commit", viaSql: "kept@example.org" });

    let ranAfter = false;
    await expect(
      transaction(async (tx, sql) => {
        await sql.atCommit.$queryRawUnsafe(`UPDATE "Donation" SET "status" = 'NO_SUCH_STATUS' WHERE "id" = $1`, donation.id);
        await tx.donation.update({ where: { id: donation.id }, data: { donorName: "Never" } });
        ranAfter = true;
      }),
    ).rejects.toThrow();
    expect(ranAfter).toBe(false);
    expect(await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toMatchObject({
      donorName: "Kept for commit",
      status: DonationStatus.PENDING,
    });
  });
});
