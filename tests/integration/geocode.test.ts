import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { LOOKUP_TIMEOUT_MS, lookupPostcode } from "@/lib/geocode/lookup-postcode";
import { FAILING_POSTCODE, knownPostcodes, SLOW_POSTCODE, SLOW_POSTCODE_DELAY_MS, startFakePostcodes, type FakePostcodes } from "../support/fake-postcodes";

let fake: FakePostcodes;
beforeAll(async () => {
  fake = await startFakePostcodes();
  // Failures are logged for operators; keep the test output readable.
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const lookup = (postcode: string, timeoutMs?: number) => lookupPostcode(postcode, { baseUrl: fake.url, ...(timeoutMs ? { timeoutMs } : {}) });

describe("lookupPostcode against a fake postcodes.io", () => {
  it("turns a known postcode into its coordinates, however it was typed", async () => {
    expect(await lookup(" ct16 1bw ")).toEqual({ ok: true, postcode: "CT16 1BW", ...knownPostcodes["CT16 1BW"] });
    expect(fake.requests).toEqual([{ path: "/postcodes/CT16%201BW", status: 200 }]);
  });

  it("says a well-formed postcode postcodes.io does not know is not found (404)", async () => {
    expect(await lookup("ZE9 9ZZ")).toEqual({ ok: false, reason: "not-found" });
    expect(fake.requests.map((r) => r.status)).toEqual([404]);
  });

  it("refuses a malformed postcode without asking anyone", async () => {
    expect(await lookup("CT16")).toEqual({ ok: false, reason: "invalid" });
    expect(await lookup("CT16\n1BW")).toEqual({ ok: false, reason: "invalid" });
    expect(await lookup("")).toEqual({ ok: false, reason: "invalid" });
    expect(fake.requests).toEqual([]);
  });

  it("is unavailable, not not-found, when the service fails (500, 503)", async () => {
    expect(await lookup(FAILING_POSTCODE)).toEqual({ ok: false, reason: "unavailable" });
    fake.down(503);
    expect(await lookup("CT16 1BW")).toEqual({ ok: false, reason: "unavailable" });
  });

  // No upper bound on the time taken, which a busy machine could pass: a postcode the fake knows,
  // answered "unavailable" while the fake has yet to answer (status 0), was given up on, not waited for.
  it("gives up on a slow answer after the timeout it is given", async () => {
    fake.delay(SLOW_POSTCODE_DELAY_MS);
    const started = performance.now();
    expect(await lookup("CT16 1BW", 300)).toEqual({ ok: false, reason: "unavailable" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(fake.requests).toEqual([{ path: "/postcodes/CT16%201BW", status: 0 }]);
  });

  it("waits two seconds by default, never as long as the service takes", async () => {
    expect(LOOKUP_TIMEOUT_MS).toBe(2_000);
    const started = performance.now();
    expect(await lookup(SLOW_POSTCODE)).toEqual({ ok: false, reason: "unavailable" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_950);
    expect(fake.requests).toEqual([{ path: "/postcodes/W1A%200AX", status: 0 }]);
  });

  it("is unavailable when nothing listens, or the answer is not postcodes.io's", async () => {
    const closed = await startFakePostcodes();
    const url = closed.url;
    await closed.close();
    expect(await lookupPostcode("CT16 1BW", { baseUrl: url })).toEqual({ ok: false, reason: "unavailable" });

    const odd = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html>captive portal</html>");
    });
    await new Promise<void>((resolve) => odd.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = odd.address() as AddressInfo;
      expect(await lookupPostcode("CT16 1BW", { baseUrl: `http://127.0.0.1:${port}` })).toEqual({ ok: false, reason: "unavailable" });
    } finally {
      await new Promise((resolve) => odd.close(resolve));
    }
  });
});
