// How the server entry keeps its connections, and lets them go when it stops
// (lib/http/keep-alive.ts), on a real node:http server and raw sockets. That an idle connection
// outlives Node's own 5 s on the built site is tests/e2e/connections.spec.ts.
import http from "node:http";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { KEEP_ALIVE_MS, keepIdleConnections } from "@/lib/http/keep-alive";

/** A raw connection: what the server sent so far, whether it ended its side, and a way to ask. */
async function connect(port: number) {
  const socket = net.connect(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  const seen = { text: "", ended: false };
  socket.on("data", (chunk: Buffer) => (seen.text += chunk.toString("latin1")));
  const ended = new Promise<void>((resolve) => socket.once("end", () => ((seen.ended = true), resolve())));
  const ask = (path: string) => socket.write(`GET ${path} HTTP/1.1\r\nHost: test\r\nConnection: keep-alive\r\n\r\n`);
  return { socket, seen, ended, ask };
}

const sockets: net.Socket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.destroy();
});

/** A server whose /slow answers only when `finish` is called; everything else answers at once. */
async function serverWithASlowPath() {
  let finish = () => {};
  let slowStarted = () => {};
  const started = new Promise<void>((resolve) => (slowStarted = resolve));
  const server = http.createServer((req, res) => {
    const answer = () => {
      res.setHeader("Content-Length", 2);
      res.end("ok");
    };
    if (req.url !== "/slow") return answer();
    finish = answer;
    slowStarted();
  });
  const connections = keepIdleConnections(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const closed = new Promise<void>((resolve) => server.once("close", resolve));
  return { server, connections, port: (server.address() as net.AddressInfo).port, started, finish: () => finish(), closed };
}

describe("the server's connections", () => {
  it("are kept idle longer than nginx's 60 s, and headers are waited for a second longer still", () => {
    const server = http.createServer();
    keepIdleConnections(server);
    expect(KEEP_ALIVE_MS).toBeGreaterThan(60_000);
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_MS);
    expect(server.headersTimeout).toBe(KEEP_ALIVE_MS + 1_000);
  });

  it("when it stops: an idle one closes at once, one under way closes with its response, which says so", async () => {
    const site = await serverWithASlowPath();
    const idle = await connect(site.port);
    const busy = await connect(site.port);
    sockets.push(idle.socket, busy.socket);

    idle.ask("/");
    await expect.poll(() => idle.seen.text).toMatch(/^HTTP\/1\.1 200 [^]*\r\nConnection: keep-alive\r\n/);
    busy.ask("/slow");
    await site.started;

    site.server.close();
    site.connections.drain();
    await idle.ended;
    expect(busy.seen.ended).toBe(false);

    site.finish();
    await busy.ended;
    expect(busy.seen.text).toMatch(/^HTTP\/1\.1 200 [^]*\r\nConnection: close\r\n[^]*\r\n\r\nok$/);
    // Nothing held the server open: it closed without a connection being cut from this side.
    await site.closed;
  });
});
