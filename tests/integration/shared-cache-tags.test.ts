// The cache handlers' shared tag state (lib/cache/shared-tags.mjs) against real PostgreSQL: two
// stores stand for two servers on one DATABASE_URL. What one invalidates, the other's handlers
// must stop serving, through LISTEN/NOTIFY while it listens and through the table when it does not.
//
// Invalidations go through the first store itself, never through its handlers: those also write
// Next's in-process tag record, which both "servers" in this one process would share, and the
// test would pass without the database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { nodeFs } from "next/dist/server/lib/node-fs-methods";
import SharedTagsCacheHandler from "@/lib/cache/incremental-cache-handler.mjs";
import { SharedTags } from "@/lib/cache/shared-tags.mjs";
import { createUseCacheHandler } from "@/lib/cache/use-cache-handler.mjs";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
const stores: SharedTags[] = [];
const quiet = () => {};

beforeAll(async () => {
  t = await createTestDatabase();
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await t.drop();
});

function store(name: string, options: { reconnectDelayMs?: number } = {}): SharedTags {
  const s = new SharedTags({ databaseUrl: t.url, name: `test ${name}`, log: quiet, ...options });
  stores.push(s);
  return s;
}

/** Polls `check` until it is true; fails after `ms`. Returns how long it took. */
async function within(ms: number, check: () => boolean | Promise<boolean>, what: string): Promise<number> {
  const start = performance.now();
  for (;;) {
    if (await check()) return performance.now() - start;
    if (performance.now() - start > ms) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const listening = (...all: SharedTags[]) => within(15_000, () => all.every((s) => s.listening), "listening");

/**
 * How long a server may take to hear of another's invalidation before a test fails. Each test
 * leaves one way to hear (a notification while it listens: hits read no table, see tableReads; or
 * its table reads while its listener is down), so any deadline proves that way; this one is
 * generous, so a busy machine passes. How fast it is in fact is printed below, and held to a
 * second between two real servers by tests/e2e/two-servers.spec.ts.
 */
const HEARD_WITHIN = 30_000;

/**
 * Server A invalidates `tag`, and this waits until server B has heard of that invalidation. The
 * test is for a time later than any B knew before, not for any time at all: every store reads the
 * whole table when it starts, so B may already know of an earlier test's invalidation of the tag.
 */
async function invalidatedAndHeard(a: SharedTags, b: SharedTags, tag: string) {
  const known = b.expiration([tag]);
  await a.invalidate([tag]);
  await within(HEARD_WITHIN, () => b.expiration([tag]) > known, `B hears of ${tag}`);
}

/** Ends a store's LISTEN connection from the database side, as a restart or a network cut would. */
async function dropListener(name: string) {
  const admin = new pg.Client({ connectionString: t.url });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [`test ${name}`]);
    expect(rowCount).toBe(1);
  } finally {
    await admin.end();
  }
}

/** A page cache handler as another server's Next makes it (in memory only, unless flushToDisk), on the store `tags`. */
function pageCacheOn(tags: SharedTags, dir: string, options: { renderStartsKept?: number; flushToDisk?: boolean } = {}) {
  return new SharedTagsCacheHandler({
    fs: nodeFs,
    serverDistDir: dir,
    flushToDisk: false,
    maxMemoryCacheSize: 1024 * 1024,
    revalidatedTags: [],
    sharedTags: tags,
    ...options,
  });
}

/** A rendered page as Next hands it to the handler, with the cache tags it was rendered with. */
function renderedPage(html: string, tags: string[]) {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from("rsc"),
    headers: { "x-next-cache-tags": tags.join(",") },
    status: 200,
    postponed: undefined,
    segmentData: undefined,
  };
}
const pageCtx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
const kept = { cacheControl: { revalidate: false, expire: undefined } };

/** A throwaway folder for a handler's files, removed after the test. */
async function inCacheDir(run: (dir: string) => Promise<void>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "winter-appeal-cache-"));
  try {
    await run(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function useCacheEntry(tags: string[], timestamp: number) {
  const value = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode("cached"));
      controller.close();
    },
  });
  return Promise.resolve({ value, tags, stale: 300, timestamp, expire: 86_400, revalidate: 3_600 });
}

describe("two servers' 'use cache' handlers", () => {
  it("one invalidates a tag, the other stops serving entries with it once notified, without reading the table per hit", async () => {
    const [a, b] = [store("a1"), store("b1")];
    await listening(a, b);
    const handlerB = createUseCacheHandler(b);
    await handlerB.set("posts-list", useCacheEntry(["posts"], Date.now() - 1));
    await handlerB.set("campaign", useCacheEntry(["campaign"], Date.now() - 1));
    expect(await handlerB.get("posts-list", [])).toBeDefined();

    // Hits while listening cost no query.
    const readsBefore = b.tableReads;
    for (let i = 0; i < 20; i++) {
      await handlerB.refreshTags();
      expect(await handlerB.get("campaign", [])).toBeDefined();
    }
    expect(b.tableReads).toBe(readsBefore);

    const invalidated = performance.now();
    await a.invalidate(["posts"]);
    const took = await within(HEARD_WITHIN, async () => (await handlerB.get("posts-list", [])) === undefined, "B drops the entry");
    console.log(
      `[shared-cache-tags] invalidation on A seen by B's 'use cache' handler after ${Math.round(performance.now() - invalidated)} ms (poll ${Math.round(took)} ms)`,
    );
    // Only the tag that changed.
    expect(await handlerB.get("campaign", [])).toBeDefined();
    expect(await handlerB.getExpiration(["posts"])).toBeGreaterThan(0);
    expect(await handlerB.getExpiration(["campaign", "_N_T_/news"])).toBe(0);

    // An entry made after B learned of it is served.
    await handlerB.set("posts-list", useCacheEntry(["posts"], Date.now() + 1));
    expect(await handlerB.get("posts-list", [])).toBeDefined();
  });

  it("marks entries stale, not gone, for revalidateTag with a lifetime", async () => {
    const [a, b] = [store("a2"), store("b2")];
    await listening(a, b);
    const handlerB = createUseCacheHandler(b);
    await handlerB.set("points", useCacheEntry(["donation-points"], Date.now() - 1));
    await a.invalidate(["donation-points"], { expire: 3_600 });
    await within(HEARD_WITHIN, async () => (await handlerB.get("points", []))?.revalidate === -1, "B serves it once more while making a fresh one");
  });
});

describe("the page cache handler on another server", () => {
  it("renders a prerendered page again once another server invalidates one of its tags", async () => {
    const [a, b] = [store("a3"), store("b3")];
    await listening(a, b);
    await inCacheDir(async (dir) => {
      const pageCache = pageCacheOn(b, dir);
      const page = renderedPage("<h1>News</h1>", ["_N_T_/layout", "_N_T_/news/page", "_N_T_/news", "posts"]);
      await pageCache.set("/news-shared-test", page, kept);
      expect((await pageCache.get("/news-shared-test", pageCtx))?.value.html).toBe("<h1>News</h1>");
      // Another tag, or the same tag elsewhere before this page was made: still served.
      await invalidatedAndHeard(a, b, "campaign");
      expect(await pageCache.get("/news-shared-test", pageCtx)).not.toBeNull();

      await a.invalidate(["posts"]);
      await within(HEARD_WITHIN, async () => (await pageCache.get("/news-shared-test", pageCtx)) === null, "B renders /news again");
      // The implicit path tags revalidatePath uses are shared the same way.
      await pageCache.set("/news-shared-test", page, kept);
      await new Promise((resolve) => setTimeout(resolve, 2));
      await a.invalidate(["_N_T_/news"]);
      await within(HEARD_WITHIN, async () => (await pageCache.get("/news-shared-test", pageCtx)) === null, "revalidatePath on A reaches B");
    });
  });
});

describe("a render that spans an invalidation", () => {
  const wallTags = ["_N_T_/layout", "_N_T_/coat-wall/page", "_N_T_/coat-wall", "coat-wall"];

  /** Server A invalidates the wall's tag and server B learns of it, a few milliseconds clear of what came before and what comes after. */
  async function wallInvalidatedMeanwhile(a: SharedTags, b: SharedTags) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    await invalidatedAndHeard(a, b, "coat-wall");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }

  it("is not kept as newer than the invalidation: the page is rendered again, and that render kept", async () => {
    const [a, b] = [store("a9"), store("b9")];
    await listening(a, b);
    await inCacheDir(async (dir) => {
      const pageCache = pageCacheOn(b, dir);
      const key = "/coat-wall-render-race";

      // Nothing kept: Next renders the page, reading the wall as it is now...
      expect(await pageCache.get(key, pageCtx)).toBeFalsy();
      // ...while another server takes a photo off the wall...
      await wallInvalidatedMeanwhile(a, b);
      // ...and the render, begun before, is stored after.
      await pageCache.set(key, renderedPage("<p>with the photo</p>", wallTags), kept);
      expect(await pageCache.get(key, pageCtx)).toBeNull();

      // The render that miss sent for began after the invalidation: it is kept and served.
      await pageCache.set(key, renderedPage("<p>without it</p>", wallTags), kept);
      expect((await pageCache.get(key, pageCtx))?.value.html).toBe("<p>without it</p>");
    });
  });

  it("is dated from its render's start on disk too: once memory lets it go, the copy read back is not served either", async () => {
    const [a, b] = [store("a11"), store("b11")];
    await listening(a, b);
    await inCacheDir(async (dir) => {
      const pageCache = pageCacheOn(b, dir, { flushToDisk: true });
      const key = "/coat-wall-render-race-on-disk";
      expect(await pageCache.get(key, pageCtx)).toBeFalsy();
      await wallInvalidatedMeanwhile(a, b);
      await pageCache.set(key, renderedPage("<p>with the photo</p>", wallTags), kept);
      expect(fs.existsSync(path.join(dir, "app", `${key}.html`))).toBe(true);

      // Memory lets the entry go (it is full, say): Next reads the copy on disk, dated by its file.
      const { memoryCache } = SharedTagsCacheHandler as unknown as { memoryCache: { remove(key: string): void } };
      memoryCache.remove(key);
      expect(await pageCache.get(key, pageCtx)).toBeNull();
    });
  });

  it("keeps the start of a bounded number of renders: past it, the oldest is dated when stored, as Next dates it", async () => {
    const [a, b] = [store("a10"), store("b10")];
    await listening(a, b);
    await inCacheDir(async (dir) => {
      const pageCache = pageCacheOn(b, dir, { renderStartsKept: 2 });
      // Three misses, as three made-up addresses would be, none of them stored yet.
      for (const key of ["/wall-1", "/wall-2", "/wall-3"]) expect(await pageCache.get(key, pageCtx)).toBeFalsy();
      await wallInvalidatedMeanwhile(a, b);
      for (const key of ["/wall-1", "/wall-2", "/wall-3"]) await pageCache.set(key, renderedPage(`<p>${key}</p>`, wallTags), kept);

      // The first start was let go: that page is dated when stored, after the invalidation.
      expect((await pageCache.get("/wall-1", pageCtx))?.value.html).toBe("<p>/wall-1</p>");
      // The two kept are dated from before it, and rendered again.
      expect(await pageCache.get("/wall-2", pageCtx)).toBeNull();
      expect(await pageCache.get("/wall-3", pageCtx)).toBeNull();
    });
  });
});

describe("when the listener is down", () => {
  it("reads the table before each request instead, so nothing stale is served", async () => {
    const a = store("a4");
    // Stays down for the whole test: every answer must come from the table.
    const b = store("b4", { reconnectDelayMs: 600_000 });
    await listening(a, b);
    const handlerB = createUseCacheHandler(b);
    await handlerB.set("progress", useCacheEntry(["progress"], Date.now() - 1));

    await dropListener("b4");
    await within(10_000, () => !b.listening, "B notices its listener is gone");
    const readsBefore = b.tableReads;
    await a.invalidate(["progress"], { expire: 0 });
    // No notification can reach B: the read before a request (refreshTags, at most every 250 ms)
    // finds it.
    await within(
      HEARD_WITHIN,
      async () => {
        await handlerB.refreshTags();
        return (await handlerB.get("progress", [])) === undefined;
      },
      "B reads the table",
    );
    expect(b.tableReads).toBeGreaterThan(readsBefore);
    expect(b.listening).toBe(false);
  });

  it("listens again after the connection drops, and catches up with what it missed", async () => {
    const a = store("a5");
    const b = store("b5", { reconnectDelayMs: 50 });
    await listening(a, b);
    await dropListener("b5");
    await within(10_000, () => !b.listening, "B notices");
    // Written while B was deaf, possibly before it reconnects.
    await a.invalidate(["page:about"]);
    await listening(b);
    expect(b.isExpired(["page:about"], Date.now() - 60_000)).toBe(true);
    // And notifications reach it again, without table reads per request.
    const madeAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 2));
    await a.invalidate(["post:winter-update"]);
    await within(HEARD_WITHIN, () => b.isExpired(["post:winter-update"], madeAt), "B hears of it");
  });

  it("a server that starts after an invalidation knows of it: pages from the build are not served stale", async () => {
    const a = store("a6");
    await listening(a);
    const builtAt = Date.now() - 60_000;
    await a.invalidate(["page:privacy"]);
    const late = store("late6", { reconnectDelayMs: 600_000 });
    await late.freshen();
    expect(late.isExpired(["page:privacy"], builtAt)).toBe(true);
    expect(late.isExpired(["page:terms"], builtAt)).toBe(false);
  });

  it("without a reachable database, keeps the last known state", async () => {
    const offline = new SharedTags({ databaseUrl: "postgresql://nobody@127.0.0.1:1/none", log: quiet, reconnectDelayMs: 600_000 });
    stores.push(offline);
    await offline.freshen();
    await offline.freshen();
    expect(offline.isExpired(["posts"], 0)).toBe(false);
    // A write that cannot reach the other servers says so, rather than leave them stale unseen.
    await expect(offline.invalidate(["posts"])).rejects.toThrow();
    // This server, at least, no longer serves it.
    expect(offline.isExpired(["posts"], Date.now() - 1_000)).toBe(true);
  });
});

describe("the table", () => {
  it("keeps one row per tag, its version bumped on each invalidation, one write for Next's paired calls", async () => {
    const a = store("a7");
    await listening(a);
    // Next calls the 'use cache' handler and the page cache for one revalidation, in one tick.
    await Promise.all([a.invalidate(["t7:posts", "t7:post:hello"]), a.invalidate(["t7:post:hello", "t7:posts"])]);
    await a.invalidate(["t7:posts"], { expire: 0 });
    const rows = await t.db.cacheTag.findMany({ where: { tag: { startsWith: "t7:" } }, orderBy: { tag: "asc" } });
    expect(rows.map((r) => [r.tag, Number(r.version), r.expireAfterMs === null ? null : Number(r.expireAfterMs)])).toEqual([
      ["t7:post:hello", 1, null],
      ["t7:posts", 2, 0],
    ]);
  });
});
