import type { Server, ServerResponse } from "node:http";

// How long the server entry (scripts/serve.ts) keeps an idle connection open for the next request,
// and how it lets its connections go when it stops.
//
// A proxy in front keeps connections to the servers open between requests, and reuses them:
// nginx's upstream `keepalive` (docs/nginx/winter-appeal.conf.template) for up to its
// `keepalive_timeout`, 60 s; load balancers' idle timeouts are commonly 60 s too. Node's own
// default is 5 s. When the server closes first, the proxy can send a request down a connection
// in the very moment it is being closed: the request is lost. nginx tries a lost GET again on
// another server, but never a POST (a gift, a signup), which the visitor sees as a 502.
// So the server waits longer than any proxy in front of it, and the proxy always closes first.
//
// Stopping is the one time the server must close first. Then every response says
// `Connection: close` (one already under way too, while its headers are unsent), so the proxy
// stops reusing the connection and it ends with its response; connections idle at that moment
// are closed at once.

/** Longer than nginx's upstream keepalive_timeout (60 s) and common load balancers' idle timeouts. */
export const KEEP_ALIVE_MS = 65_000;

export type KeptConnections = {
  /** From now on, each connection closes once its response is done; idle ones close now. */
  drain(): void;
};

/** Keeps idle connections open for KEEP_ALIVE_MS (a request's headers get a second longer, as Node advises). */
export function keepIdleConnections(server: Server): KeptConnections {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  const underWay = new Set<ServerResponse>();
  let draining = false;
  const closeWithResponse = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader("Connection", "close");
    // Its headers went out saying keep-alive: the connection is closed as soon as it is idle.
    else res.once("finish", () => setImmediate(() => server.closeIdleConnections()));
  };
  // Before the site's own handler, which may answer at once.
  server.prependListener("request", (_req, res: ServerResponse) => {
    if (draining) return closeWithResponse(res);
    underWay.add(res);
    res.once("close", () => underWay.delete(res));
  });
  return {
    drain() {
      draining = true;
      for (const res of underWay) closeWithResponse(res);
      server.closeIdleConnections();
    },
  };
}
