// The production server: Next.js behind a few lines of our own, instead of `next start`, so that
// who the client is comes from the socket (and the proxies TRUSTED_PROXY_HOPS names), never from a
// header the client wrote, and oversized bodies are refused before anything reads them
// (lib/http/incoming-request.ts). Otherwise as `next start`: the same build (NEXT_DIST_DIR), the
// same -p/--port, -H/--hostname and PORT, and on SIGTERM or SIGINT it stops taking connections,
// lets requests in flight finish, then closes Next.js.
//
//   npm run serve -- -p 3000   (bundled first by scripts/lib/serve-bundle.mjs, run by plain node)
//
// `npm start` (scripts/start.ts), the end-to-end tests (playwright.config.ts) and the benchmarks
// and audits all start the site this way, so what is tested is what runs.
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import next from "next";
import { prepareIncoming } from "../lib/http/incoming-request";
import { keepIdleConnections } from "../lib/http/keep-alive";
import { pendingMigrations } from "./lib/pending-migrations";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  allowPositionals: false,
});
// Scripts read their own command-line settings; everything the site itself reads goes through lib/env.ts.
const port = Number(values.port ?? process.env.PORT ?? "3000");
const hostname = values.hostname; // unset: every interface, as `next start`
// As `next start`: a production server, whatever the shell says (React's production build).
Object.assign(process.env, { NODE_ENV: "production" });

// .env files first (as Next.js loads them), so lib/env.ts sees TRUSTED_PROXY_HOPS from them too.
nextEnv.loadEnvConfig(process.cwd(), false);
const { env } = await import("../lib/env");
const trustedHops = env.TRUSTED_PROXY_HOPS;

// Servers never migrate (several starting at once would race): `npm run release` does, once,
// before they start. A database it has not reached yet is refused here, in words, rather than
// served until the first query for a missing column fails.
if (env.DATABASE_URL) {
  const pending = await pendingMigrations(env.DATABASE_URL);
  if (pending.length) {
    console.error(
      `[serve] ${pending.length} migration${pending.length === 1 ? " is" : "s are"} not applied to DATABASE_URL yet (${pending.join(", ")}): run \`npm run release\` first`,
    );
    process.exit(1);
  }
}

const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

// Stripe's webhook is answered here, before Next.js, with the route handler's own code and checks
// (lib/http/stripe-webhook.ts): Next's request handling cost more CPU per event than the event.
// The build folder as next.config.ts names it, for the headers the build gives that path.
// Without a database (nothing to apply events to) the route handler answers, as before.
const answerStripeWebhook = env.DATABASE_URL
  ? (await import("../lib/http/stripe-webhook")).stripeWebhookAnswerer(path.resolve(process.env.NEXT_DIST_DIR || ".next"))
  : () => false;

const server = http.createServer((req, res) => {
  if (!prepareIncoming(req, res, trustedHops)) return;
  if (answerStripeWebhook(req, res)) return;
  handle(req, res).catch((error: unknown) => {
    console.error("[serve] request failed", error);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end();
  });
});
// Longer than a proxy in front keeps its connections to us, so a request is never sent down one we are closing.
const connections = keepIdleConnections(server);
server.listen(port, hostname, () => {
  const trust = trustedHops === 0 ? "the socket's address (no proxy trusted)" : `${trustedHops} trusted proxy hop${trustedHops === 1 ? "" : "s"}`;
  console.log(`[serve] listening on ${hostname ?? "every interface"}, port ${port}; client addresses from ${trust}`);
});

let stopping = false;
function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  const code = signal === "SIGINT" ? 130 : 143;
  // Requests in flight get ten seconds to finish, and Next.js five more to close; then the
  // process ends regardless (a stuck request, or the inline queue's workers, would hold it open).
  setTimeout(() => process.exit(code), 15_000).unref();
  setTimeout(() => server.closeAllConnections(), 10_000).unref();
  server.close(() => {
    app
      .close()
      .catch((error: unknown) => console.error("[serve] closing Next.js", error))
      .finally(() => process.exit(code));
  });
  // Keep-alive connections would hold close() open: each closes with its response, idle ones now.
  connections.drain();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
