import { isIP } from "node:net";

// Who is this client: the one rule, as a pure function of what the connection and the proxies in
// front of the site say. No `server-only` guard: the server entry (scripts/serve.ts) applies it to
// every request before Next.js sees one, and it reads nothing but its arguments.
//
// The chain of addresses a request has passed through, nearest first, is the socket's address
// (the last hop, which no one can forge over TCP) followed by X-Forwarded-For read from right to
// left. Each proxy we trust appends (or, like the nginx template, writes) the address it saw, so
// with `trustedHops` proxies in front the client is the entry that many steps along the chain.
// Anything further left was written by the client and is ignored. With no trusted hops (the site
// exposed directly) the socket address is the truth and X-Forwarded-For is ignored whole.

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is 127.0.0.1; anything else as given. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed.toLowerCase();
}

/** X-Forwarded-For as Node gives it (one string, repeated headers joined by commas, or absent), as a list. */
export function forwardedForList(header: string | string[] | undefined): string[] {
  const joined = Array.isArray(header) ? header.join(",") : (header ?? "");
  return joined
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * The client's address: the socket's, or, behind `trustedHops` proxies, the address the farthest
 * trusted proxy saw. When the chain is shorter than the hops trusted (a request that reached the
 * site without passing every proxy), the farthest address there is counts. An entry that is not
 * an IP address ends the walk: the proxy that passed it on is as far as anything can be believed.
 * "unknown" only when the socket itself has no address (it has closed).
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: readonly string[], trustedHops: number): string {
  if (!socketAddress) return "unknown";
  let client = normaliseAddress(socketAddress);
  const hops = Math.max(0, Math.floor(trustedHops));
  for (let step = 1; step <= hops; step += 1) {
    const entry = forwardedFor[forwardedFor.length - step];
    if (entry === undefined) break;
    const address = normaliseAddress(entry);
    if (isIP(address) === 0) break;
    client = address;
  }
  return client;
}
