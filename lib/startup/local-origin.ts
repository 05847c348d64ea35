/**
 * True for an origin only this machine can reach: localhost, 127.0.0.1, [::1] and *.localhost.
 * Everything else (a domain, a LAN address, 0.0.0.0) may be reached by strangers.
 */
export function isLocalOrigin(siteUrl: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(siteUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  return hostname === "localhost" || hostname.endsWith(".localhost") || hostname === "127.0.0.1" || hostname === "[::1]";
}
