import type { Server } from "node:http";

// How long the server entry (scripts/serve.ts) keeps an idle connection open for the next request.
//
// A proxy in front keeps connections to the servers open between requests, and reuses them:
// nginx's upstream `keepalive` (docs/nginx/winter-appeal.conf.template) for up to its
// `keepalive_timeout`, 60 s; load balancers' idle timeouts are commonly 60 s too. Node's own
// default is 5 s. When the server closes first, the proxy can send a request down a connection
// in the very moment it is being closed: the request is lost. nginx tries a lost GET again on
// another server, but never a POST (a gift, a signup), which the visitor sees as a 502.
// So the server waits longer than any proxy in front of it, and the proxy always closes first.

/** Longer than nginx's upstream keepalive_timeout (60 s) and common load balancers' idle timeouts. */
export const KEEP_ALIVE_MS = 65_000;

/** Keeps idle connections open for KEEP_ALIVE_MS, and gives a request's headers a second longer, as Node advises. */
export function keepIdleConnections(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
}
