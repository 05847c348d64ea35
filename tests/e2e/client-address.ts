import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions } from "@playwright/test";

// The site under test is exposed directly (scripts/serve.ts with no trusted proxy), so it knows a
// client by the socket's address alone: a header cannot give a test an address of its own. These
// helpers connect from a real one instead. The whole of 127.0.0.0/8 is this machine, so each test
// can take a loopback address no other test uses, as different people at different desks would.

let taken = 0;
let block: number | undefined;

/**
 * This process's own second octet, claimed once per run: every worker process (and every phase
 * scripts/test.ts runs, which share one database and so one set of rate-limit counts) connects
 * from addresses no other process used, so a test that spends an address's limit can never spend
 * another test's. The claim is a directory made atomically in the run's data folder.
 */
function claimedBlock(): number {
  if (block !== undefined) return block;
  const runDir = process.env.E2E_DATA_DIR
    ? path.dirname(process.env.E2E_DATA_DIR)
    : path.join(os.tmpdir(), `winter-appeal-e2e-${process.env.E2E_PORT ?? "3100"}-${process.ppid}`);
  const claims = path.join(runDir, "client-address-blocks");
  fs.mkdirSync(claims, { recursive: true });
  for (let candidate = 2; candidate <= 254; candidate += 1) {
    try {
      fs.mkdirSync(path.join(claims, String(candidate)));
      block = candidate;
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  throw new Error(`Every loopback block in ${claims} is taken: too many worker processes in one run`);
}

/** A loopback address nothing else in this run connects from. */
export function freshAddress(): string {
  taken += 1;
  return `127.${claimedBlock()}.${Math.floor(taken / 254) % 254}.${1 + (taken % 254)}`;
}

const baseURL = () => `http://localhost:${process.env.E2E_PORT ?? "3100"}`;
const proxies = new Map<string, Promise<string>>();

/**
 * A forward proxy for the browser that connects to the site from `address`: the browser's
 * requests (addressed to http://localhost:<port>, so the Host, origin and cookies stay the site's)
 * leave this machine's loopback from that address. One per address, for the life of the worker.
 */
function proxyFrom(address: string): Promise<string> {
  let proxy = proxies.get(address);
  if (!proxy) {
    proxy = new Promise<string>((resolve) => {
      const server = http.createServer((req, res) => {
        const target = new URL(req.url ?? "/", baseURL());
        const headers = { ...req.headers };
        delete headers["proxy-connection"];
        const upstream = http.request(
          { host: "127.0.0.1", port: target.port, localAddress: address, method: req.method, path: `${target.pathname}${target.search}`, headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
            answer.pipe(res);
          },
        );
        upstream.on("error", () => res.destroy());
        req.pipe(upstream);
      });
      server.unref();
      server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
    });
    proxies.set(address, proxy);
  }
  return proxy;
}

/** A browser context whose every request reaches the site from `address`. */
export async function contextFrom(browser: Browser, address: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ ...options, proxy: { server: await proxyFrom(address) } });
}

export type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string };

/** One plain HTTP request to the site, from `address` (no browser, no cookies kept, redirects not followed). */
export function requestFrom(
  address: string,
  path: string,
  options: { method?: string; headers?: http.OutgoingHttpHeaders; body?: string | Buffer } = {},
): Promise<Answer> {
  const url = new URL(path, baseURL());
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    const request = http.request(
      {
        host: "127.0.0.1",
        port: url.port,
        localAddress: address,
        method: options.method ?? "GET",
        path: `${url.pathname}${url.search}`,
        agent: false,
        timeout: 30_000,
        headers: { Host: url.host, ...(body ? { "Content-Length": body.length } : {}), ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`${options.method ?? "GET"} ${path} timed out`)));
    request.on("error", (error: NodeJS.ErrnoException) => {
      // A body the site refuses unread may be cut off mid-write; the answer still arrives.
      if (error.code !== "EPIPE") reject(error);
    });
    request.end(body);
  });
}

/** The cookies a response sets, as a Cookie header. */
export function cookiesOf(answer: Answer): string {
  return (answer.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
}
