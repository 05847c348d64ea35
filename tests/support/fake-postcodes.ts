// A local stand-in for postcodes.io (https://postcodes.io/docs), enough for lib/geocode to look
// postcodes up through it unchanged: point POSTCODES_IO_URL (or `lookupPostcode`'s baseUrl) at
// `fake.url`. Only GET /postcodes/:postcode exists, answering like the real service:
//   200 { status: 200, result: { postcode, latitude, longitude, … } } for a postcode in the table,
//   404 { status: 404, error: "Postcode not found" } for a well-formed one that is not,
//   404 { status: 404, error: "Invalid postcode" } for anything else.
// Matching ignores case and spaces, as postcodes.io does. Two postcodes misbehave on purpose,
// so a browser test in another process can reach the failure paths: FAILING_POSTCODE answers
// 500 and SLOW_POSTCODE takes far longer than the site waits. In-process tests can also make
// every lookup slow (delay) or fail (down).
//
// It also stands in for the drop-off point finder's map tiles (MAP_TILE_URL, TILE_PATH): every
// GET /tiles/{z}/{x}/{y}.png answers one plain pixel, so the browser tests never fetch a real tile.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { donationPoints } from "../../prisma/seed/content";
import { keepIdleConnections } from "../../lib/http/keep-alive";

export type Coordinates = { latitude: number; longitude: number };

/** Every seeded drop-off point's postcode, and a few where visitors might live. */
export const knownPostcodes: Record<string, Coordinates> = {
  ...Object.fromEntries(donationPoints.map((p) => [p.postcode, { latitude: p.latitude, longitude: p.longitude }])),
  // Dover, west of the town centre: the Dover point is nearest, then Folkestone.
  "CT17 9DQ": { latitude: 51.1236, longitude: 1.3003 },
  // Westminster.
  "SW1A 1AA": { latitude: 51.501, longitude: -0.1416 },
  // Clifton, Bristol.
  "BS8 1TH": { latitude: 51.4584, longitude: -2.603 },
  // Manchester city centre.
  "M1 1AE": { latitude: 53.4794, longitude: -2.2453 },
  // Cardiff city centre.
  "CF10 1EP": { latitude: 51.4816, longitude: -3.1791 },
};

/** A real-looking postcode the fake always answers with 500. */
export const FAILING_POSTCODE = "EC1A 1BB";
/** A real-looking postcode the fake answers only after SLOW_POSTCODE_DELAY_MS. */
export const SLOW_POSTCODE = "W1A 0AX";
/** Far longer than the site waits, and than any test runs. */
export const SLOW_POSTCODE_DELAY_MS = 10 * 60_000;

/** The tile template under the fake's origin: `${fake.url}${TILE_PATH}` is a MAP_TILE_URL. */
export const TILE_PATH = "/tiles/{z}/{x}/{y}.png";
/** A 1×1 PNG the colour of paper, which the map stretches over each tile. */
const BLANK_TILE = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGN4+fQOAAVlAquKsz3oAAAAAElFTkSuQmCC", "base64");

export type FakePostcodesRequest = { path: string; status: number };

export type FakePostcodes = {
  /** http://127.0.0.1:<port>, to use as POSTCODES_IO_URL. */
  url: string;
  /** Every request to /postcodes/…, in order, with the status answered (0 if never answered). */
  requests: FakePostcodesRequest[];
  /** Every later lookup waits this long before answering (0 to stop). */
  delay(ms: number): void;
  /** Every later lookup fails with `status` (default 503) until healthy() is called. */
  down(status?: number): void;
  healthy(): void;
  /** Forget requests, delays and failures. */
  reset(): void;
  close(): Promise<void>;
};

const compact = (postcode: string) => postcode.replace(/\s+/g, "").toUpperCase();
const table = new Map(Object.entries(knownPostcodes).map(([postcode, coords]) => [compact(postcode), { postcode, ...coords }]));
// Roughly postcodes.io's own check, before it looks anything up.
const WELL_FORMED = /^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/;

type Reply = { status: number; body: unknown };

function answer(raw: string): Reply {
  const key = compact(raw);
  if (key === compact(FAILING_POSTCODE)) return { status: 500, body: { status: 500, error: "Internal server error" } };
  const found = table.get(key) ?? (key === compact(SLOW_POSTCODE) ? { postcode: SLOW_POSTCODE, latitude: 51.5185, longitude: -0.1437 } : undefined);
  if (found) {
    const [outcode = "", incode = ""] = found.postcode.split(" ");
    return {
      status: 200,
      body: { status: 200, result: { postcode: found.postcode, outcode, incode, country: "England", latitude: found.latitude, longitude: found.longitude } },
    };
  }
  return { status: 404, body: { status: 404, error: WELL_FORMED.test(key) ? "Postcode not found" : "Invalid postcode" } };
}

export async function startFakePostcodes(options: { port?: number } = {}): Promise<FakePostcodes> {
  const requests: FakePostcodesRequest[] = [];
  let delayMs = 0;
  let downStatus: number | null = null;

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://fake-postcodes").pathname;
    const send = (reply: Reply) => {
      if (res.destroyed) return;
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify(reply.body));
    };
    // For Playwright's webServer to know the fake is up.
    if (path === "/health") return send({ status: 200, body: { status: "ok" } });
    if (req.method === "GET" && /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(path)) {
      res.writeHead(200, { "content-type": "image/png", "cache-control": "max-age=3600" });
      return res.end(BLANK_TILE);
    }
    const match = /^\/postcodes\/([^/]+)$/.exec(path);
    if (req.method !== "GET" || !match?.[1]) return send({ status: 404, body: { status: 404, error: "Resource not found" } });

    const postcode = decodeURIComponent(match[1]);
    const entry: FakePostcodesRequest = { path, status: 0 };
    requests.push(entry);
    const reply = downStatus ? { status: downStatus, body: { status: downStatus, error: "Service unavailable" } } : answer(postcode);
    const wait = compact(postcode) === compact(SLOW_POSTCODE) ? SLOW_POSTCODE_DELAY_MS : delayMs;
    const timer = setTimeout(() => {
      entry.status = reply.status;
      send(reply);
    }, wait);
    res.on("close", () => clearTimeout(timer));
  });

  // Idle connections kept longer than a client keeps them (lib/http/keep-alive.ts): with Node's
  // default 5 s, a client reusing one just as it was closed got ECONNRESET.
  keepIdleConnections(server);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    delay(ms) {
      delayMs = ms;
    },
    down(status = 503) {
      downStatus = status;
    },
    healthy() {
      downStatus = null;
    },
    reset() {
      requests.length = 0;
      delayMs = 0;
      downStatus = null;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
