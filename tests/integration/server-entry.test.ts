import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COAT_WALL_UPLOAD_BODY_LIMIT, COVER_UPLOAD_BODY_LIMIT, PUBLIC_BODY_LIMIT } from "@/lib/http/body-limits";
import { prepareIncoming } from "@/lib/http/incoming-request";

// What scripts/serve.ts does before Next.js sees a request, on real sockets: clients connect from
// different loopback addresses (the whole of 127.0.0.0/8 is this machine), as different people
// would, and the stand-in for Next.js answers with the headers it was given.

type Seen = { forwardedFor: string | undefined; realIp: string | undefined; forwardedHost: string | undefined; bodyBytes: number };

async function entry(trustedHops: number) {
  const server = http.createServer((req, res) => {
    if (!prepareIncoming(req, res, trustedHops)) return;
    let bodyBytes = 0;
    req.on("data", (chunk: Buffer) => (bodyBytes += chunk.length));
    req.on("end", () => {
      const seen: Seen = {
        forwardedFor: req.headers["x-forwarded-for"] as string | undefined,
        realIp: req.headers["x-real-ip"] as string | undefined,
        forwardedHost: req.headers["x-forwarded-host"] as string | undefined,
        bodyBytes,
      };
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(seen));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

function send(
  port: number,
  options: { from: string; path?: string; method?: string; headers?: http.OutgoingHttpHeaders; body?: Buffer | "chunked" },
): Promise<{ status: number; text: string; type: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        localAddress: options.from,
        path: options.path ?? "/",
        method: options.method ?? "GET",
        headers: options.headers,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), type: String(response.headers["content-type"]) }),
        );
      },
    );
    // A refused body is not read: the server may close while this side still writes.
    request.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    if (options.body === "chunked") {
      request.write("a".repeat(10));
      request.end("b".repeat(10));
    } else {
      request.end(options.body);
    }
  });
}

const seen = async (port: number, from: string, headers: http.OutgoingHttpHeaders = {}) => JSON.parse((await send(port, { from, headers })).text) as Seen;

describe("the server entry, exposed directly (TRUSTED_PROXY_HOPS=0)", () => {
  let site: Awaited<ReturnType<typeof entry>>;
  beforeAll(async () => (site = await entry(0)));
  afterAll(() => site.server.close());

  it("gives Next.js the socket's address, alone, whatever the client wrote", async () => {
    expect(await seen(site.port, "127.0.0.2")).toMatchObject({ forwardedFor: "127.0.0.2", realIp: "127.0.0.2" });
    // A new X-Forwarded-For each time: still the same client.
    for (const forged of ["198.51.100.1", "198.51.100.2, 10.0.0.1", "unknown"]) {
      expect(await seen(site.port, "127.0.0.2", { "X-Forwarded-For": forged, "X-Real-IP": forged })).toMatchObject({
        forwardedFor: "127.0.0.2",
        realIp: "127.0.0.2",
      });
    }
  });

  it("a client naming a victim's address is still itself, and the victim is still the victim", async () => {
    const attacker = await seen(site.port, "127.0.0.3", { "X-Forwarded-For": "127.0.0.4" });
    const victim = await seen(site.port, "127.0.0.4");
    expect(attacker.forwardedFor).toBe("127.0.0.3");
    expect(victim.forwardedFor).toBe("127.0.0.4");
  });

  it("drops what a client says about the site's own address", async () => {
    expect((await seen(site.port, "127.0.0.2", { "X-Forwarded-Host": "evil.example" })).forwardedHost).toBeUndefined();
  });
});

describe("the server entry behind one trusted proxy (TRUSTED_PROXY_HOPS=1)", () => {
  let site: Awaited<ReturnType<typeof entry>>;
  beforeAll(async () => (site = await entry(1)));
  afterAll(() => site.server.close());

  it("takes the address the proxy wrote, and only that", async () => {
    expect((await seen(site.port, "127.0.0.5", { "X-Forwarded-For": "198.51.100.7" })).forwardedFor).toBe("198.51.100.7");
    // An appending proxy: what the client put first is ignored.
    expect((await seen(site.port, "127.0.0.5", { "X-Forwarded-For": "1.2.3.4, 198.51.100.7" })).forwardedFor).toBe("198.51.100.7");
    // Nothing written: the proxy itself is the client.
    expect((await seen(site.port, "127.0.0.5")).forwardedFor).toBe("127.0.0.5");
  });
});

describe("the server entry's body limits", () => {
  let site: Awaited<ReturnType<typeof entry>>;
  beforeAll(async () => (site = await entry(0)));
  afterAll(() => site.server.close());
  const post = (path: string, bytes: number, headers: http.OutgoingHttpHeaders = {}) =>
    send(site.port, {
      from: "127.0.0.6",
      path,
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=x", "Content-Length": bytes, ...headers },
      body: Buffer.alloc(bytes, 97),
    });

  it("reads a public form's post up to 100 KB", async () => {
    const answer = await post("/volunteer", PUBLIC_BODY_LIMIT);
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.text) as Seen).bodyBytes).toBe(PUBLIC_BODY_LIMIT);
  });

  it("refuses a larger one with 413 and a page a person can read, without reading it", async () => {
    const page = await post("/volunteer", 200 * 1024, { Accept: "text/html" });
    expect(page.status).toBe(413);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.text).toContain("That was too much to send");
    expect(page.text).toContain("This form takes up to 100 KB");
    const scripted = await post("/newsletter", 200 * 1024, { Accept: "text/x-component", "Next-Action": "abc" });
    expect(scripted.status).toBe(413);
    expect(scripted.text).toMatch(/^This form takes up to 100 KB/);
    expect((await post("/api/auth/signin/email", 200 * 1024)).status).toBe(413);
  });

  it("refuses a body that will not say its length", async () => {
    expect(
      (await send(site.port, { from: "127.0.0.6", path: "/volunteer", method: "POST", headers: { "Transfer-Encoding": "chunked" }, body: "chunked" })).status,
    ).toBe(411);
  });

  it("reads the post editor's cover upload at length, for a request with a session cookie", async () => {
    const cookie = { Cookie: "authjs.session-token=abc" };
    const accepted = await post("/admin/posts/new", 1024 * 1024 + 5, cookie);
    expect(accepted.status).toBe(200);
    expect((JSON.parse(accepted.text) as Seen).bodyBytes).toBe(1024 * 1024 + 5);
    expect((await post("/admin/posts/new", COVER_UPLOAD_BODY_LIMIT + 1, cookie)).status).toBe(413);
    // Without a session nobody is staff: the staff area's ordinary limit.
    expect((await post("/admin/posts/new", 1024 * 1024 + 5)).status).toBe(413);
    // Other staff pages, and the public ones, never take the large limit.
    expect((await post("/admin/newsletter/new", 2 * 1024 * 1024, cookie)).status).toBe(413);
    expect((await post("/volunteer", 1024 * 1024, cookie)).status).toBe(413);
  });

  it("reads a coat-wall photo at length from anyone, at that one public address", async () => {
    const accepted = await post("/coat-wall/add", 5 * 1024 * 1024);
    expect(accepted.status).toBe(200);
    expect((JSON.parse(accepted.text) as Seen).bodyBytes).toBe(5 * 1024 * 1024);
    const refused = await post("/coat-wall/add", COAT_WALL_UPLOAD_BODY_LIMIT + 1);
    expect(refused.status).toBe(413);
    expect((await post("/coat-wall/1", PUBLIC_BODY_LIMIT + 1)).status).toBe(413);
  });

  it("reads a coat drive's photo at length when starting a drive, from anyone", async () => {
    const accepted = await post("/coat-drives/start", 5 * 1024 * 1024);
    expect(accepted.status).toBe(200);
    expect((JSON.parse(accepted.text) as Seen).bodyBytes).toBe(5 * 1024 * 1024);
    expect((await post("/coat-drives/start", COAT_WALL_UPLOAD_BODY_LIMIT + 1)).status).toBe(413);
    expect((await post("/coat-drives/edit", PUBLIC_BODY_LIMIT + 1)).status).toBe(413);
  });
});
