// Runs once when a Next.js server starts (`next start`, or a custom server's prepare()). First it
// refuses a public site without real payment keys, auth secret and email provider (unless
// DEMO_MODE): see lib/startup/configuration-problems.ts. Then, with QUEUE_WORKER=inline (the
// default) the web server also works the job queue (emails, newsletter batches); with
// "separate", `npm run worker` does.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { refusedUnsafeStart } = await import("@/lib/startup/refuse-unsafe-start");
  if (refusedUnsafeStart("server")) process.exit(1);
  const { env } = await import("@/lib/env");
  if (env.QUEUE_WORKER !== "inline" || !env.DATABASE_URL) return;
  const { startWorkers } = await import("@/lib/queue/site-queue");
  await startWorkers();
}
