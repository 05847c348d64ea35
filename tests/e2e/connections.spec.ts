import net from "node:net";
import { expect, test } from "@playwright/test";

// A connection left idle between two requests is still open for the second (lib/http/keep-alive.ts).
// A proxy in front reuses its connections for up to 60 s; with Node's own 5 s the server closed
// first, and a request sent in that moment was lost: a 502 for a POST through nginx, ECONNRESET
// for a client. The test waits past Node's 5 s on one raw socket, then asks again on it.

const IDLE_MS = 6_000;

test("an idle connection is kept open past Node's five seconds, for the next request", async ({ baseURL }) => {
  const site = new URL(baseURL ?? "");
  const socket = net.connect(Number(site.port), site.hostname === "localhost" ? "127.0.0.1" : site.hostname);
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  let received = "";
  let ended = false; // the server's side closing shows as the end of what it sends
  socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
  socket.once("end", () => (ended = true));
  const statuses = () => [...received.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((match) => Number(match[1]));
  // A small answer with a length, so each response is whole when its body is: robots.txt.
  const ask = () => socket.write(`GET /robots.txt HTTP/1.1\r\nHost: ${site.host}\r\nConnection: keep-alive\r\n\r\n`);
  try {
    ask();
    await expect.poll(() => ended || statuses().length === 1).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    expect(ended, "the server closed the idle connection").toBe(false);
    ask();
    await expect.poll(() => ended || statuses().length === 2).toBe(true);
    expect(statuses()).toEqual([200, 200]);
  } finally {
    socket.destroy();
  }
});
