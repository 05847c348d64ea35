// npm run worker: works the job queue in its own process (set QUEUE_WORKER=separate on the web
// servers). Uses DATABASE_URL, or the embedded PostgreSQL like `npm start`.
import "./lib/load-env";
import { openDatabase, orExit } from "./lib/database";

const database = await orExit("worker", () => openDatabase());
process.env.DATABASE_URL = database.url;
// A worker sends receipts and sign-in emails: the same rule as the web server (no embedded
// defaults on a public site unless DEMO_MODE). After DATABASE_URL is set: lib/env reads it once.
const { refusedUnsafeStart } = await import("../lib/startup/refuse-unsafe-start");
if (refusedUnsafeStart("worker")) {
  await database.stop();
  process.exit(1);
}
const { startWorkers, stopQueue } = await import("../lib/queue/site-queue");
await startWorkers();

async function stop() {
  await stopQueue();
  await database.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
