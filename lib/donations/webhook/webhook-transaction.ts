import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { statementName } from "@/lib/prepared-statements";
import type { RawSql } from "@/lib/queue/jobs";
import type { Tx } from "./advance-donation";
import { StatementBatch, type BatchStatement } from "./statement-batch";

/**
 * Plain SQL in the webhook's transaction: the text (marked PREPARED to be prepared once per
 * connection and reused) and its values, rows back. The paid path's statements go this way
 * (advance-donation.ts, the receipt's job insert); handlers of rarer events use `tx`.
 *
 * `atCommit` takes writes whose answer nobody waits for: they are sent with the transaction's
 * COMMIT, in the same round trip, and answer at once with no rows. One that fails fails the
 * transaction (PostgreSQL then skips the rest, COMMIT included), so a check a write needs is in
 * its SQL: it makes the statement fail. A later statement of the transaction goes after them.
 */
export type Sql = RawSql & { atCommit: RawSql };

/**
 * The one place the webhook's transaction is owned: runs `work` inside BEGIN … COMMIT (ROLLBACK
 * when it throws), handing it a Prisma client and plain SQL (`sql`) whose every query runs in
 * that transaction.
 */
export type RunInTransaction = <T>(work: (tx: Tx, sql: Sql) => Promise<T>) => Promise<T>;

/**
 * Prisma's interactive transaction: simple, and what tests of other parts use. `sql` is the
 * transaction's own $queryRawUnsafe, and its `atCommit` writes run at once.
 */
export function interactiveTransactions(db: Db): RunInTransaction {
  return (work) => db.$transaction((tx) => work(tx, { $queryRawUnsafe: tx.$queryRawUnsafe.bind(tx), atCommit: tx }), { timeout: 15_000 });
}

const BEGIN: BatchStatement = { text: "BEGIN", rows: false };
const COMMIT: BatchStatement = { text: "COMMIT", rows: false };

/**
 * A pool of exactly one connection that runs a transaction's statements on the connection that
 * began it, or not at all. Should that connection drop mid-transaction (the transaction is then
 * gone with it), the pool would open a fresh one for the next statement, which would run outside
 * any transaction and commit on its own: instead every statement until the lane's ROLLBACK fails.
 *
 * It also holds what is to go with the transaction's next statement, in the same round trip:
 * BEGIN, until the first statement, and the writes for COMMIT. A Prisma query (rarer events)
 * sends them first, and runs only if they succeeded.
 */
class LanePool extends pg.Pool {
  /** The connection the current transaction began on; null outside a transaction. */
  transactionOn: pg.Client | null = null;
  /** Statements to send with the next one. */
  queued: BatchStatement[] = [];
  /** BEGIN is the first of `queued`: not sent yet. */
  beginQueued = false;

  constructor(config: pg.PoolConfig, Client: typeof pg.Client = pg.Client) {
    const lane = () => this;
    class LaneClient extends Client {
      override query(...args: unknown[]): never {
        const pool = lane();
        const [config] = args;
        const callback = args.findLast((a) => typeof a === "function") as ((e: Error | null, r?: unknown) => void) | undefined;
        const fail = (error: Error): never => {
          if (callback) return void process.nextTick(callback, error) as never;
          return Promise.reject(error) as never;
        };
        const send = (...a: unknown[]) => (super.query as (...a: unknown[]) => never)(...a);
        if (config instanceof StatementBatch && config.begins) pool.transactionOn = this;
        else if (pool.transactionOn && pool.transactionOn !== this)
          return fail(new Error("the webhook transaction's database connection was lost mid-transaction"));
        if (config instanceof StatementBatch || !pool.queued.length) return send(...args);
        // A Prisma query with statements waiting: they go first, and it only after they succeeded.
        if (!callback) return new Promise((resolve, reject) => this.query(...args, (e: Error | null, r: unknown) => (e ? reject(e) : resolve(r)))) as never;
        const before = pool.take();
        if (before.begins) pool.transactionOn = this;
        send(before, (error: Error | null) => (error ? callback(error) : send(...args)));
        return undefined as never;
      }
    }
    super({ ...config, max: 1, Client: LaneClient });
  }

  /** The waiting statements and `next` as one batch, to send now. */
  take(next?: BatchStatement): StatementBatch {
    const batch = new StatementBatch(next ? [...this.queued, next] : this.queued, { begins: this.beginQueued });
    this.queued = [];
    this.beginQueued = false;
    return batch;
  }

  /** Sends a batch on the lane's connection: every statement's result, in order. */
  runBatch(batch: StatementBatch): Promise<pg.QueryResult[]> {
    return new Promise((resolve, reject) =>
      (this.query as unknown as (b: StatementBatch, cb: (e: Error | null, r: pg.QueryResult[]) => void) => void)(batch, (e, r) => (e ? reject(e) : resolve(r))),
    );
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
 * client: a lane is leased to one event at a time, which begins a transaction, runs its handler,
 * and commits or rolls back. The handler's Prisma queries (through the ordinary,
 * non-transactional client) and its plain SQL (`sql`, straight to `pg`, without Prisma's query
 * machinery: the paid path's statements) necessarily go down that one connection, inside that
 * transaction. Same SQL, same locks, same exactly-once guarantees.
 *
 * Round trips: BEGIN goes in the same write as the transaction's first statement, and the
 * writes made `sql.atCommit` go with COMMIT (statement-batch.ts: one Sync each time, so nothing
 * runs after a statement that failed). A paid checkout is then two round trips: BEGIN with the
 * event recorded and its donation locked; the donation's update, its receipt job and COMMIT.
 *
 * The handlers must not use anything that makes Prisma open a transaction of its own (nested
 * writes, $transaction): it would commit ours early. They write one row per call.
 */
export function connectionTransactions(
  connectionString: string,
  options: { lanes?: number; statementTimeoutMs?: number; /** Tests: a client class to record what is sent. */ Client?: typeof pg.Client } = {},
): RunInTransaction & { close: () => Promise<void> } {
  const lanes = Array.from({ length: options.lanes ?? 4 }, () => {
    const pool = new LanePool(
      {
        connectionString,
        // As lib/db.ts: bounded, and not so short that a slow moment fails Stripe's delivery.
        connectionTimeoutMillis: 10_000,
        idleTimeoutMillis: 30_000,
        statement_timeout: options.statementTimeoutMs ?? 10_000,
      },
      options.Client,
    );
    // An idle connection dying (a database restart) must not crash the server: the next lease opens another.
    pool.on("error", () => undefined);
    const factory = new PrismaPg(pool, { statementNameGenerator: statementName });
    // The adapter adopts a pool it recognises as pg's; given anything else it would open its own
    // connections, outside our transactions. Refuse to start rather than run so.
    if ((factory as unknown as { externalPool: unknown }).externalPool !== pool)
      throw new Error("the Prisma adapter did not adopt the webhook lane's connection");
    const sql: Sql = {
      $queryRawUnsafe: async <R>(text: string, ...values: unknown[]) =>
        ((await pool.runBatch(pool.take({ name: statementName({ sql: text }) || undefined, text, values, rows: true }))).at(-1)?.rows ?? []) as R,
      atCommit: {
        $queryRawUnsafe: async <R>(text: string, ...values: unknown[]) => {
          pool.queued.push({ name: statementName({ sql: text }) || undefined, text, values, rows: false });
          return [] as R;
        },
      },
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
      lane.pool.queued = [BEGIN];
      lane.pool.beginQueued = true;
      let result: T;
      try {
        result = await work(lane.prisma, lane.sql);
        // A transaction a failed statement aborted ends in ROLLBACK, whatever COMMIT says.
        const end = (await lane.pool.runBatch(lane.pool.take(COMMIT))).at(-1);
        if (end?.command !== "COMMIT") throw new Error(`the webhook transaction ended in ${end?.command ?? "nothing"}, not COMMIT`);
      } catch (error) {
        lane.pool.transactionOn = null;
        const begun = !lane.pool.beginQueued;
        lane.pool.queued = [];
        lane.pool.beginQueued = false;
        if (begun) await lane.pool.run("ROLLBACK").catch(() => undefined);
        throw error;
      }
      return result;
    } finally {
      lane.pool.transactionOn = null;
      lane.pool.queued = [];
      lane.pool.beginQueued = false;
      release(lane);
    }
  };
  return Object.assign(run, { close: async () => void (await Promise.all(lanes.map((l) => l.prisma.$disconnect().then(() => l.pool.end())))) });
}
