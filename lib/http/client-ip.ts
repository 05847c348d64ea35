import "server-only";
import { headers } from "next/headers";

/**
 * The visitor's address for rate limiting: the first X-Forwarded-For hop (set by the load
 * balancer or CDN in front of the site), else X-Real-IP, else one shared bucket.
 */
export async function clientIp(): Promise<string> {
  return clientIpFrom(await headers());
}

/** The same, from a request's headers (proxy.ts and route handlers). */
export function clientIpFrom(h: Headers): string {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || h.get("x-real-ip") || "unknown").slice(0, 64);
}
