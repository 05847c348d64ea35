import { PrismaPg } from "@prisma/adapter-pg";
import type { Db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { statementName } from "@/lib/prepared-statements";
import type { Tx } from "./advance-donation";

/**
 * The one place the webhook's transaction is owned: runs `work` inside BEGIN … COMMIT (ROLLBACK
 * when it throws), handing it a client whose every query runs in that transaction.
 */
export type RunInTransaction = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

/** Prisma's interactive transaction: simple, and what tests of other parts use. */
export function interactiveTransactions(db: Db): RunInTransaction {
  return (work) => db.$transaction((tx) => work(tx), { timeout: 15_000 });
}

/**
 * The webhook's fast path. Prisma's interactive transaction costs about 2 ms of bookkeeping per
 * event (its transaction manager, timers and per-query hand-offs), several times the event's own
 * queries. Here each lane is a Prisma client over a pool of exactly one PostgreSQL connection:
 * a lane is leased to one event at a time, which sends BEGIN, runs its handler through the
 * ordinary (non-transactional) client, whose queries necessarily go down that one connection,
 * and sends COMMIT or ROLLBACK. Same SQL, same locks, same exactly-once guarantees; the handlers
 * keep Prisma's API.
 *
 * The handlers must not use anything that makes Prisma open a transaction of its own (nested
 * writes, $transaction): it would commit ours early. They write one row per call.
 */
export function connectionTransactions(connectionString: string, options: { lanes?: number; statementTimeoutMs?: number } = {}): RunInTransaction & { close: () => Promise<void> } {
  const lanes = Array.from({ length: options.lanes ?? 4 }, () => {
    const adapter = new PrismaPg(
      { connectionString, max: 1, connectionTimeoutMillis: 3000, idleTimeoutMillis: 30_000, statement_timeout: options.statementTimeoutMs ?? 10_000 },
      { statementNameGenerator: statementName },
    );
    return new PrismaClient({ adapter });
  });
  const idle = [...lanes];
  const waiting: ((lane: PrismaClient) => void)[] = [];
  const lease = () => new Promise<PrismaClient>((resolve) => {
    const lane = idle.pop();
    if (lane) resolve(lane);
    else waiting.push(resolve);
  });
  const release = (lane: PrismaClient) => {
    const next = waiting.shift();
    if (next) next(lane);
    else idle.push(lane);
  };

  const run = async <T,>(work: (tx: Tx) => Promise<T>): Promise<T> => {
    const lane = await lease();
    try {
      await lane.$executeRawUnsafe("BEGIN");
      let result: T;
      try {
        result = await work(lane);
      } catch (error) {
        await lane.$executeRawUnsafe("ROLLBACK").catch(() => undefined);
        throw error;
      }
      await lane.$executeRawUnsafe("COMMIT");
      return result;
    } finally {
      release(lane);
    }
  };
  return Object.assign(run, { close: async () => void (await Promise.all(lanes.map((l) => l.$disconnect()))) });
}
