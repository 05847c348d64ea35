import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { statementName } from "@/lib/prepared-statements";
import type { RawSql } from "@/lib/queue/jobs";
import type { Tx } from "./advance-donation";

/**
 * Plain SQL in the webhook's transaction: the text (marked PREPARED to be prepared once per
 * connection and reused) and its values, rows back. The paid path's statements go this way
 * (advance-donation.ts, the receipt's job insert); handlers of rarer events use `tx`.
 */
export type Sql = RawSql;

/**
 * The one place the webhook's transaction is owned: runs `work` inside BEGIN … COMMIT (ROLLBACK
 * when it throws), handing it a Prisma client and plain SQL (`sql`) whose every query runs in
 * that transaction.
 */
export type RunInTransaction = <T>(work: (tx: Tx, sql: Sql) => Promise<T>) => Promise<T>;

/** Prisma's interactive transaction: simple, and what tests of other parts use. `sql` is the transaction's own $queryRawUnsafe. */
export function interactiveTransactions(db: Db): RunInTransaction {
  return (work) => db.$transaction((tx) => work(tx, tx), { timeout: 15_000 });
}

/**
 * A pool of exactly one connection that runs a transaction's statements on the connection that
 * began it, or not at all. Should that connection drop mid-transaction (the transaction is then
 * gone with it), the pool would open a fresh one for the next statement, which would run outside
 * any transaction and commit on its own: instead every statement until the lane's ROLLBACK fails.
 */
class LanePool extends pg.Pool {
  /** Set just before BEGIN: the connection that runs BEGIN is the transaction's. */
  beginning = false;
  /** The connection the current transaction began on; null outside a transaction. */
  transactionOn: pg.Client | null = null;

  constructor(config: pg.PoolConfig) {
    const lane = () => this;
    class LaneClient extends pg.Client {
      override query(...args: unknown[]): never {
        const pool = lane();
        if (pool.beginning) {
          pool.beginning = false;
          pool.transactionOn = this;
        } else if (pool.transactionOn && pool.transactionOn !== this) {
          const error = new Error("the webhook transaction's database connection was lost mid-transaction");
          const callback = args.findLast((a) => typeof a === "function") as ((e: Error) => void) | undefined;
          if (callback) return void process.nextTick(callback, error) as never;
          return Promise.reject(error) as never;
        }
        return (super.query as (...a: unknown[]) => never)(...args);
      }
    }
    super({ ...config, max: 1, Client: LaneClient });
  }

  /** query(), typed for the one form used here. */
  run(config: string | pg.QueryConfig): Promise<pg.QueryResult> {
    return (this.query as unknown as (c: string | pg.QueryConfig) => Promise<pg.QueryResult>)(config);
  }
}

/**
 * The webhook's fast path. Prisma's interactive transaction costs about 2 ms of bookkeeping per
 * event (its transaction manager, timers and per-query hand-offs), several times the event's own
 * queries. Here each lane is one PostgreSQL connection (a pool of exactly one) under a Prisma
 * client: a lane is leased to one event at a time, which sends BEGIN, runs its handler, and sends
 * COMMIT or ROLLBACK. The handler's Prisma queries (through the ordinary, non-transactional
 * client) and its plain SQL (`sql`, straight to `pg`, without Prisma's query machinery: the paid
 * path's statements) necessarily go down that one connection, inside that transaction. Same SQL,
 * same locks, same exactly-once guarantees.
 *
 * The handlers must not use anything that makes Prisma open a transaction of its own (nested
 * writes, $transaction): it would commit ours early. They write one row per call.
 */
export function connectionTransactions(
  connectionString: string,
  options: { lanes?: number; statementTimeoutMs?: number } = {},
): RunInTransaction & { close: () => Promise<void> } {
  const lanes = Array.from({ length: options.lanes ?? 4 }, () => {
    const pool = new LanePool({
      connectionString,
      // As lib/db.ts: bounded, and not so short that a slow moment fails Stripe's delivery.
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: options.statementTimeoutMs ?? 10_000,
    });
    // An idle connection dying (a database restart) must not crash the server: the next lease opens another.
    pool.on("error", () => undefined);
    const factory = new PrismaPg(pool, { statementNameGenerator: statementName });
    // The adapter adopts a pool it recognises as pg's; given anything else it would open its own
    // connections, outside our transactions. Refuse to start rather than run so.
    if ((factory as unknown as { externalPool: unknown }).externalPool !== pool)
      throw new Error("the Prisma adapter did not adopt the webhook lane's connection");
    const sql: Sql = {
      $queryRawUnsafe: async <R>(text: string, ...values: unknown[]) =>
        (await pool.run({ name: statementName({ sql: text }) || undefined, text, values })).rows as R,
    };
    return { pool, prisma: new PrismaClient({ adapter: factory }), sql };
  });
  type Lane = (typeof lanes)[number];
  const idle = [...lanes];
  const waiting: ((lane: Lane) => void)[] = [];
  const lease = () =>
    new Promise<Lane>((resolve) => {
      const lane = idle.pop();
      if (lane) resolve(lane);
      else waiting.push(resolve);
    });
  const release = (lane: Lane) => {
    const next = waiting.shift();
    if (next) next(lane);
    else idle.push(lane);
  };

  const run = async <T>(work: (tx: Tx, sql: Sql) => Promise<T>): Promise<T> => {
    const lane = await lease();
    try {
      lane.pool.beginning = true;
      await lane.pool.run("BEGIN").finally(() => void (lane.pool.beginning = false));
      let result: T;
      try {
        result = await work(lane.prisma, lane.sql);
        // A transaction a failed statement aborted ends in ROLLBACK, whatever COMMIT says.
        const end = await lane.pool.run("COMMIT");
        if (end.command !== "COMMIT") throw new Error(`the webhook transaction ended in ${end.command}, not COMMIT`);
      } catch (error) {
        lane.pool.transactionOn = null;
        await lane.pool.run("ROLLBACK").catch(() => undefined);
        throw error;
      }
      return result;
    } finally {
      lane.pool.transactionOn = null;
      release(lane);
    }
  };
  return Object.assign(run, { close: async () => void (await Promise.all(lanes.map((l) => l.prisma.$disconnect().then(() => l.pool.end())))) });
}
