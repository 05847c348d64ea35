import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareIncoming } from "@/lib/http/incoming-request";
import { findNginx, selfSignedCertificate, startNginx, upstreamServers, type Nginx } from "../../scripts/lib/nginx";

// docs/nginx/winter-appeal.conf.template on a real nginx (rendered by scripts/lib/nginx.ts, as the
// bench and the audits run it), in front of the server entry's own request handling with
// TRUSTED_PROXY_HOPS=1, as docs/deploy.md sets it up. The upstream answers with what it was given.
// A third nginx has two upstreams, as in front of two web servers (npm run layout).

const binary = findNginx();
if (!binary) throw new Error("these tests need nginx: apt-get install nginx-light (.ci/run installs it)");

type Seen = { raw: { forwardedFor?: string; realIp?: string; host?: string; forwardedHost?: string }; client: string; bodyBytes: number; server: string };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A stand-in web server: the server entry's request handling, answering with what it was given and its own name. */
async function startUpstream(name: string): Promise<{ server: http.Server; address: string }> {
  const server = http.createServer((req, res) => {
    const raw = {
      forwardedFor: req.headers["x-forwarded-for"] as string | undefined,
      realIp: req.headers["x-real-ip"] as string | undefined,
      host: req.headers.host,
      forwardedHost: req.headers["x-forwarded-host"] as string | undefined,
    };
    if (!prepareIncoming(req, res, 1)) return;
    let bodyBytes = 0;
    req.on("data", (chunk: Buffer) => (bodyBytes += chunk.length));
    req.on("end", () => {
      const seen: Seen = { raw, client: String(req.headers["x-forwarded-for"]), bodyBytes, server: name };
      res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" }).end(JSON.stringify(seen));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, address: `127.0.0.1:${(server.address() as net.AddressInfo).port}` };
}

let upstream: http.Server;
let webOne: http.Server;
let webTwo: http.Server;
let plain: Nginx;
let secure: Nginx;
let pair: Nginx;
let ports: { plain: number; secure: number; redirect: number; pair: number };
let certificateDir: string;

beforeAll(async () => {
  const single = await startUpstream("single");
  upstream = single.server;
  const [one, two] = [await startUpstream("one"), await startUpstream("two")];
  webOne = one.server;
  webTwo = two.server;
  ports = { plain: await freePort(), secure: await freePort(), redirect: await freePort(), pair: await freePort() };
  plain = await startNginx({ binary, port: ports.plain, staticPort: await freePort(), upstream: single.address, routes: [] });
  certificateDir = fs.mkdtempSync(path.join(os.tmpdir(), "nginx-template-test-"));
  secure = await startNginx({
    binary,
    port: ports.secure,
    staticPort: await freePort(),
    upstream: single.address,
    routes: [],
    tls: { ...selfSignedCertificate(certificateDir), httpPort: ports.redirect },
  });
  pair = await startNginx({ binary, port: ports.pair, upstream: [one.address, two.address] });
}, 120_000);

afterAll(async () => {
  await plain?.stop();
  await secure?.stop();
  await pair?.stop();
  for (const server of [upstream, webOne, webTwo]) {
    server?.closeAllConnections();
    server?.close();
  }
  if (certificateDir) fs.rmSync(certificateDir, { recursive: true, force: true });
});

type Answer = { status: number; text: string } | { closed: string };

/** One request through nginx from `from` (a loopback address), or how the connection ended without an answer. */
function send(options: {
  from: string;
  host: string;
  path?: string;
  method?: string;
  headers?: http.OutgoingHttpHeaders;
  body?: Buffer;
  port?: number;
}): Promise<Answer> {
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: options.port ?? ports.plain,
        localAddress: options.from,
        path: options.path ?? "/",
        method: options.method ?? "GET",
        agent: false,
        headers: { Host: options.host, ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => resolve({ closed: error.code ?? error.message }));
    request.end(options.body);
  });
}

const seen = (answer: Answer): Seen => {
  if ("closed" in answer) throw new Error(`nginx closed the connection (${answer.closed})`);
  expect(answer.status).toBe(200);
  return JSON.parse(answer.text) as Seen;
};

describe("the nginx template: who the client is", () => {
  it("overwrites X-Forwarded-For and X-Real-IP with the address it saw, and the site takes it", async () => {
    const answer = seen(
      await send({ from: "127.0.0.9", host: "localhost", headers: { "X-Forwarded-For": "198.51.100.1, 10.0.0.1", "X-Real-IP": "198.51.100.1" } }),
    );
    expect(answer.raw.forwardedFor).toBe("127.0.0.9");
    expect(answer.raw.realIp).toBe("127.0.0.9");
    expect(answer.client).toBe("127.0.0.9");
  });

  it("a visitor naming someone else's address is still known by their own", async () => {
    expect(seen(await send({ from: "127.0.0.10", host: "localhost", headers: { "X-Forwarded-For": "127.0.0.11" } })).client).toBe("127.0.0.10");
    expect(seen(await send({ from: "127.0.0.11", host: "localhost" })).client).toBe("127.0.0.11");
  });
});

describe("the nginx template: which host", () => {
  it("passes the site's own host upstream (PUBLIC_ORIGIN's, with its port), whatever case or port the request wrote", async () => {
    for (const host of [`LOCALHOST:${ports.plain}`, "localhost", "127.0.0.1:1"]) {
      const answer = seen(await send({ from: "127.0.0.9", host, headers: { "X-Forwarded-Host": "evil.example" } }));
      expect(answer.raw.host).toBe(`localhost:${ports.plain}`);
      expect(answer.raw.forwardedHost).toBe(`localhost:${ports.plain}`);
    }
  });

  it("sends /admin itself to the site, not back to /admin/ (which the site redirects to /admin)", async () => {
    for (const pathname of ["/admin", "/admin?_rsc=x", "/admin/posts"]) {
      const answer = await send({ from: "127.0.0.9", host: "localhost", path: pathname, headers: { Cookie: "authjs.session-token=x" } });
      expect(answer, pathname).toMatchObject({ status: 200 });
    }
  });

  it("answers nothing to a forged Host: the default server closes the connection", async () => {
    expect(await send({ from: "127.0.0.9", host: "evil.example" })).toHaveProperty("closed");
    expect(await send({ from: "127.0.0.9", host: "evil.example", method: "POST", path: "/admin/sign-in", body: Buffer.from("email=a@b.c") })).toHaveProperty(
      "closed",
    );
  });

  it("over TLS, refuses the handshake for any other name, and serves the site's", async () => {
    const handshake = (servername: string) =>
      new Promise<string>((resolve) => {
        const socket = tls.connect({ host: "127.0.0.1", port: ports.secure, servername, rejectUnauthorized: false }, () => {
          resolve("connected");
          socket.end();
        });
        socket.on("error", (error: NodeJS.ErrnoException) => resolve(`refused: ${error.code ?? error.message}`));
      });
    expect(await handshake("evil.example")).toMatch(/^refused/);
    expect(await handshake("localhost")).toBe("connected");
  });
});

describe("the nginx template: bodies", () => {
  const post = (pathname: string, bytes: number, headers: http.OutgoingHttpHeaders = {}) =>
    send({
      from: "127.0.0.12",
      host: "localhost",
      path: pathname,
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=x", ...headers },
      body: Buffer.alloc(bytes, 97),
    });

  it("refuses a public form's post over 100 KB with 413", async () => {
    expect(seen(await post("/volunteer", 90 * 1024)).bodyBytes).toBe(90 * 1024);
    expect(await post("/volunteer", 200 * 1024)).toMatchObject({ status: 413 });
    expect(await post("/api/auth/signin/email", 200 * 1024)).toMatchObject({ status: 413 });
  });

  it("lets the post editor's cover upload through at length", async () => {
    expect(seen(await post("/admin/posts/new", 1024 * 1024 + 5, { Cookie: "authjs.session-token=x" })).bodyBytes).toBe(1024 * 1024 + 5);
    expect(await post("/admin/newsletter/new", 2 * 1024 * 1024)).toMatchObject({ status: 413 });
  });

  it("lets a coat-wall photo through at length, and only at that address", async () => {
    expect(seen(await post("/coat-wall/add", 5 * 1024 * 1024)).bodyBytes).toBe(5 * 1024 * 1024);
    expect(await post("/coat-wall/add", 12 * 1024 * 1024)).toMatchObject({ status: 413 });
    expect(await post("/coat-wall/addition", 200 * 1024)).toMatchObject({ status: 413 });
  });

  it("lets a coat drive's photo through at length when starting a drive and on the organiser's page, and nowhere else", async () => {
    expect(seen(await post("/coat-drives/start", 5 * 1024 * 1024)).bodyBytes).toBe(5 * 1024 * 1024);
    expect(seen(await post("/coat-drives/edit/abc", 5 * 1024 * 1024)).bodyBytes).toBe(5 * 1024 * 1024);
    expect(await post("/coat-drives/start", 12 * 1024 * 1024)).toMatchObject({ status: 413 });
    expect(await post("/coat-drives/edit", 200 * 1024)).toMatchObject({ status: 413 });
    expect(await post("/coat-drives/starting", 200 * 1024)).toMatchObject({ status: 413 });
  });
});

describe("the nginx template: several web servers", () => {
  const toPair = (options: { from: string; path?: string; method?: string; body?: Buffer; headers?: http.OutgoingHttpHeaders }) =>
    send({ ...options, host: "localhost", port: ports.pair, headers: { "X-Forwarded-For": "198.51.100.7", ...options.headers } });

  it("renders one server directive per address, and refuses an address that is not one", () => {
    expect(upstreamServers(["127.0.0.1:3000", "10.0.0.12:3000"])).toBe("server 127.0.0.1:3000; server 10.0.0.12:3000;");
    expect(() => upstreamServers([])).toThrow(/at least one web server/);
    expect(() => upstreamServers(["127.0.0.1:3000; server evil.example:80"])).toThrow(/not a host:port/);
  });

  it("shares requests between the servers, and each is told who the visitor is in the same way", async () => {
    const answers: Seen[] = [];
    for (let i = 0; i < 12; i++) answers.push(seen(await toPair({ from: "127.0.0.13", path: `/api/whoami?n=${i}` })));
    expect(new Set(answers.map((a) => a.server))).toEqual(new Set(["one", "two"]));
    for (const answer of answers) {
      expect(answer.raw.forwardedFor).toBe("127.0.0.13");
      expect(answer.client).toBe("127.0.0.13");
      expect(answer.raw.host).toBe(`localhost:${ports.pair}`);
    }
  });

  it("keeps the body limits in front of every server", async () => {
    const body = (bytes: number) => ({ method: "POST", body: Buffer.alloc(bytes, 97), headers: { "Content-Type": "multipart/form-data; boundary=x" } });
    expect(seen(await toPair({ from: "127.0.0.14", path: "/volunteer", ...body(90 * 1024) })).bodyBytes).toBe(90 * 1024);
    expect(await toPair({ from: "127.0.0.14", path: "/volunteer", ...body(200 * 1024) })).toMatchObject({ status: 413 });
  });

  it("with one server gone, the other answers every page and every post", async () => {
    webTwo.closeAllConnections();
    await new Promise<void>((resolve) => webTwo.close(() => resolve()));
    const servedBy: string[] = [];
    for (let i = 0; i < 6; i++)
      servedBy.push(seen(await toPair({ from: "127.0.0.15", path: `/news?n=${i}`, headers: { Cookie: "authjs.session-token=x" } })).server);
    for (let i = 0; i < 6; i++)
      servedBy.push(seen(await toPair({ from: "127.0.0.15", path: "/volunteer", method: "POST", body: Buffer.from(`n=${i}`) })).server);
    expect(servedBy).toEqual(Array(12).fill("one"));
  });
});
