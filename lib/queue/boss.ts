import { PgBoss } from "pg-boss";
import { queues, type Enqueue, type JobData, type QueueName, type RawSql } from "./jobs";

// pg-boss: a job queue stored in the same PostgreSQL, so a job can commit in the same
// transaction as the record it is about, and any number of workers can share it.

const retry = { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 600 };

export async function startBoss(connectionString: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, schema: "pgboss", max: 4 });
  boss.on("error", (error) => console.error("[queue]", error));
  await boss.start();
  for (const name of Object.values(queues)) await boss.createQueue(name, retry);
  return boss;
}

function asDatabase(tx: RawSql) {
  return {
    executeSql: async (text: string, values: unknown[] = []) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
  };
}

export function enqueueWith(boss: PgBoss): Enqueue {
  return async (queue, data, options = {}) => {
    await boss.send(queue, data, {
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.tx ? { db: asDatabase(options.tx) } : {}),
    });
  };
}

export type Handlers = { [Q in QueueName]: (data: JobData[Q]) => Promise<void> };

/** Runs the handlers for every queue; a handler that throws leaves its job to be retried with backoff. */
export async function work(boss: PgBoss, handlers: Handlers, options: { pollingIntervalSeconds?: number } = {}) {
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 };
  for (const name of Object.keys(handlers) as QueueName[]) {
    const handle = handlers[name] as (data: unknown) => Promise<void>;
    await boss.work<unknown>(name, { ...polling, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) await handle(job.data);
    });
  }
}
