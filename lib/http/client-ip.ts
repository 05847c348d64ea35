import "server-only";
import { isIP } from "node:net";
import { headers } from "next/headers";
import { forwardedForList, normaliseAddress } from "./client-address";

// The reader the rest of the site uses for "who is this client" (rate limits, logs). It decides
// nothing: the server entry (scripts/serve.ts) has already resolved the client's address from the
// socket and TRUSTED_PROXY_HOPS (lib/http/client-address.ts) and written it, alone, into
// X-Forwarded-For before Next.js saw the request, so whatever a client sent is gone by now.
//
// Under `npm run dev` there is no entry: `next dev` fills X-Forwarded-For from the socket only
// when the client sent none, so in development the address is whatever a local client says.
// Development servers are for this machine only; nothing here is trusted on the internet.

/** The client's address, from the request being handled (server actions and pages). */
export async function clientIp(): Promise<string> {
  return clientIpFrom(await headers());
}

/** The same, from a request's headers (proxy.ts and route handlers). */
export function clientIpFrom(h: Headers): string {
  const written = forwardedForList(h.get("x-forwarded-for") ?? undefined).at(-1);
  const address = written ? normaliseAddress(written) : "";
  return isIP(address) === 0 ? "unknown" : address;
}
