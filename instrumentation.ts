// Runs once when a Next.js server starts. With QUEUE_WORKER=inline (the default) the web server
// also works the job queue (emails, newsletter batches); with "separate", `npm run worker` does.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env");
  if (env.QUEUE_WORKER !== "inline" || !env.DATABASE_URL) return;
  const { startWorkers } = await import("@/lib/queue/runtime");
  await startWorkers();
}
