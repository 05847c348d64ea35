import { describe, expect, it } from "vitest";
import { forwardedForList, resolveClientAddress } from "@/lib/http/client-address";
import { parseEnv } from "@/lib/env";

describe("resolveClientAddress: exposed directly (no trusted hops)", () => {
  it("is the socket's address, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.9", [], 0)).toBe("203.0.113.9");
    expect(resolveClientAddress("203.0.113.9", ["198.51.100.1"], 0)).toBe("203.0.113.9");
    expect(resolveClientAddress("203.0.113.9", ["198.51.100.1", "10.0.0.1"], 0)).toBe("203.0.113.9");
  });

  it("reads an IPv4 client on a dual-stack socket as IPv4", () => {
    expect(resolveClientAddress("::ffff:127.0.0.2", ["127.0.0.1"], 0)).toBe("127.0.0.2");
    expect(resolveClientAddress("2001:DB8::1", [], 0)).toBe("2001:db8::1");
  });

  it("is unknown only when the socket has gone", () => {
    expect(resolveClientAddress(undefined, ["198.51.100.1"], 1)).toBe("unknown");
  });
});

describe("resolveClientAddress: behind trusted proxies", () => {
  it("with one hop (the nginx template), is the address nginx wrote", () => {
    expect(resolveClientAddress("127.0.0.1", ["198.51.100.7"], 1)).toBe("198.51.100.7");
  });

  it("ignores everything a client wrote further left", () => {
    // A proxy that appends: the client sent "1.2.3.4", the proxy added what it saw.
    expect(resolveClientAddress("10.0.0.2", ["1.2.3.4", "198.51.100.7"], 1)).toBe("198.51.100.7");
    // Two trusted hops: a CDN appended the client, the load balancer appended the CDN.
    expect(resolveClientAddress("10.0.0.2", ["1.2.3.4", "198.51.100.7", "192.0.2.50"], 2)).toBe("198.51.100.7");
  });

  it("stops at the farthest address there is when the chain is short", () => {
    expect(resolveClientAddress("127.0.0.1", [], 1)).toBe("127.0.0.1");
    expect(resolveClientAddress("10.0.0.2", ["198.51.100.7"], 3)).toBe("198.51.100.7");
  });

  it("does not believe an entry that is not an address, nor anything beyond it", () => {
    expect(resolveClientAddress("127.0.0.1", ["evil"], 1)).toBe("127.0.0.1");
    expect(resolveClientAddress("10.0.0.2", ["198.51.100.7", "unknown"], 2)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", ["198.51.100.7", "192.0.2.50; drop"], 2)).toBe("10.0.0.2");
  });
});

describe("forwardedForList", () => {
  it("splits the header, and repeated headers, into trimmed entries", () => {
    expect(forwardedForList(undefined)).toEqual([]);
    expect(forwardedForList(" 1.2.3.4 ,, 5.6.7.8 ")).toEqual(["1.2.3.4", "5.6.7.8"]);
    expect(forwardedForList(["1.2.3.4", "5.6.7.8, 9.9.9.9"])).toEqual(["1.2.3.4", "5.6.7.8", "9.9.9.9"]);
  });
});

describe("TRUSTED_PROXY_HOPS", () => {
  it("defaults to none, and takes a small whole number", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "1" }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "yes" })).toThrow(/TRUSTED_PROXY_HOPS: must be a whole number/);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
