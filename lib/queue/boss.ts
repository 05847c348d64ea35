import { PgBoss } from "pg-boss";
import { PREPARED } from "@/lib/prepared-statements";
import { queues, type Enqueue, type JobData, type QueueName, type RawSql } from "./jobs";

// pg-boss: a job queue stored in the same PostgreSQL, so a job can commit in the same
// transaction as the record it is about, and any number of workers can share it.

// Retries back off from 5 s to 10 min; `notify` wakes a worker the moment a job is queued.
const queueOptions = { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 600, notify: true };

export async function startBoss(connectionString: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, schema: "pgboss", max: 6, useListenNotify: true });
  boss.on("error", (error) => console.error(`[queue] ${error instanceof Error ? error.message : String(error)}`));
  await boss.start();
  for (const name of Object.values(queues)) {
    await boss.createQueue(name, queueOptions);
    await boss.updateQueue(name, queueOptions); // a queue made by an earlier version keeps its old options otherwise
  }
  return boss;
}

// pg-boss's statements have fixed text (values as parameters), so they are prepared and reused:
// planning its job insert costs PostgreSQL more than running it.
function asDatabase(tx: RawSql) {
  return {
    executeSql: async (text: string, values: unknown[] = []) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(`${PREPARED}${text}`, ...values) }),
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

/**
 * Runs the handlers for every queue. Jobs come five at a time and run side by side; each job's
 * outcome is reported on its own (`perJobResults`), so a failure retries only that job, with
 * backoff. While fetches come back full the workers fetch again at once (burst mode); when the
 * queue is empty, a NOTIFY from `send` wakes them.
 */
export async function work(boss: PgBoss, handlers: Partial<Handlers>, options: { pollingIntervalSeconds?: number; concurrency?: number } = {}) {
  for (const name of Object.keys(handlers) as QueueName[]) {
    const handle = handlers[name] as (data: unknown) => Promise<void>;
    await boss.work<unknown>(
      name,
      {
        batchSize: 5,
        burstWhenBatchFull: true,
        perJobResults: true,
        localConcurrency: options.concurrency ?? 2,
        pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
        notifyPollingIntervalSeconds: 10,
      },
      async (jobs) => {
        const outcomes = await Promise.allSettled(jobs.map((job) => handle(job.data)));
        return jobs.map((job, i) => {
          const outcome = outcomes[i];
          if (outcome?.status === "rejected") {
            const reason: unknown = outcome.reason;
            console.error(`[queue] ${name} job ${job.id} failed: ${reason instanceof Error ? reason.message : String(reason)}`);
            return { id: job.id, status: "failed" as const, output: { message: reason instanceof Error ? reason.message : String(reason) } };
          }
          return { id: job.id, status: "completed" as const };
        });
      },
    );
  }
}
