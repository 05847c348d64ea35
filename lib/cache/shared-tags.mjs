// @ts-check
// Cache tags every server sees: the one piece of cache state that must be shared.
//
// Next.js keeps cache entries, and the record of which tags were invalidated when, in each
// process's memory: `updateTag` on one server would clear that server alone. Entries may stay
// per server (rendering one again costs a few milliseconds); tag invalidations may not. So they
// live in PostgreSQL, which every server already shares:
//
//   - the "CacheTag" table holds one row per tag ever invalidated, with a version bumped on each
//     invalidation: a server that just started, or missed a notification, reads the truth there;
//   - each invalidation also sends NOTIFY cache_tags, and every server LISTENs on one dedicated
//     connection (reconnected when it drops), then reads the table again: changes arrive in
//     milliseconds, and a cache hit costs no query while the listener is up;
//   - while the listener is down, every request first reads the table (at most once per
//     FALLBACK_READ_MS per server), so a server never serves stale pages for long; when the
//     database itself cannot be reached, nobody can change content or tags either, and the last
//     known state stands (cached pages keep being served through an outage).
//
// Times are this server's own clock at the moment it learns of an invalidation, never another
// server's: entries it made before then are out of date, whatever the clocks between machines
// say. (An entry made in the gap between the write on another server and the notification here
// is thrown away too: one extra render, never a stale page.)
//
// Plain JavaScript on purpose: Next.js loads cache handlers with Node's own import(), in the build
// workers and in the server, outside the TypeScript it compiles. Types: shared-tags.d.mts.
import pg from "pg";

export const CHANNEL = "cache_tags";
/** While the listener is down, read the table at most this often (per server). */
export const FALLBACK_READ_MS = 250;
/** How often the listening connection proves it is alive (a dead TCP peer may send nothing). */
const HEARTBEAT_MS = 5_000;

/**
 * @typedef {{ version: string; stale: number; expired: number }} TagState
 * @typedef {{ databaseUrl?: string; reconnectDelayMs?: number; log?: (message: string) => void; name?: string }} SharedTagsOptions
 */

export class SharedTags {
  /** @type {Map<string, TagState>} */
  #tags = new Map();
  /** @type {pg.Pool | null} */
  #pool = null;
  /** @type {pg.Client | null} */
  #listener = null;
  #listening = false;
  #closed = false;
  /** @type {ReturnType<typeof setTimeout> | null} */
  #reconnectTimer = null;
  /** @type {ReturnType<typeof setInterval> | null} */
  #heartbeat = null;
  /** @type {Promise<void> | null} */
  #reading = null;
  #readAgain = false;
  #lastRead = 0;
  #readFailing = false;
  #listenerFailing = false;
  /** Per set of tags and expiry: the write not sent yet (calls join it) and the one in flight. @type {Map<string, { queued: Promise<void> | null; running: Promise<void> | null }>} */
  #pendingWrites = new Map();
  #reconnectDelayMs;
  #databaseUrl;
  #log;
  #name;
  /** Reads of the table so far (for tests and the health of a deployment). */
  tableReads = 0;

  /** @param {SharedTagsOptions} options */
  constructor(options = {}) {
    this.#databaseUrl = options.databaseUrl;
    this.#reconnectDelayMs = options.reconnectDelayMs ?? 1_000;
    this.#log = options.log ?? ((message) => console.warn(`[cache] ${message}`));
    this.#name = options.name ?? "winter-appeal cache tags";
    if (this.#databaseUrl) {
      this.#pool = new pg.Pool({
        connectionString: this.#databaseUrl,
        max: 2,
        connectionTimeoutMillis: 2_000,
        idleTimeoutMillis: 30_000,
        statement_timeout: 5_000,
        application_name: `${this.#name} (queries)`,
      });
      // An idle client's connection dying (database restart) must not crash the server.
      this.#pool.on("error", (error) => this.#log(`query connection lost: ${error.message}`));
      this.#connectListener();
    }
  }

  /** True while the dedicated LISTEN connection is up and caught up with the table. */
  get listening() {
    return this.#listening;
  }

  /** True when tags are shared through the database (false: this process alone, as Next's default). */
  get shared() {
    return this.#pool !== null;
  }

  /**
   * Makes the local copy trustworthy before a cache read: free while the listener is up;
   * otherwise reads the table, at most once per FALLBACK_READ_MS.
   */
  async freshen() {
    if (!this.#pool || this.#listening || this.#closed) return;
    if (this.#reading) return this.#reading.catch(() => {});
    if (Date.now() - this.#lastRead < FALLBACK_READ_MS) return;
    await this.#readTable().catch(() => {});
  }

  /**
   * The latest expiry of any of these tags (ms on this server's clock), 0 when none was ever
   * invalidated: what Next's getExpiration asks for.
   * @param {string[]} tags
   */
  expiration(tags) {
    let latest = 0;
    for (const tag of tags) latest = Math.max(latest, this.#tags.get(tag)?.expired ?? 0);
    return latest;
  }

  /**
   * Whether an entry made at `timestamp` (ms) with these tags is out of date: a tag's expiry has
   * come and is later than the entry.
   * @param {string[]} tags
   * @param {number} timestamp
   */
  isExpired(tags, timestamp) {
    const now = Date.now();
    for (const tag of tags) {
      const expired = this.#tags.get(tag)?.expired;
      if (expired !== undefined && expired <= now && expired > timestamp) return true;
    }
    return false;
  }

  /**
   * Whether an entry made at `timestamp` should be served once more while a fresh one is made
   * (revalidateTag with a profile marks tags stale before they expire).
   * @param {string[]} tags
   * @param {number} timestamp
   */
  isStale(tags, timestamp) {
    for (const tag of tags) {
      const stale = this.#tags.get(tag)?.stale;
      if (stale !== undefined && stale > timestamp) return true;
    }
    return false;
  }

  /**
   * Invalidates tags here at once, then for every server: one upsert that bumps each tag's
   * version and notifies the listeners. Calls for the same tags share writes: identical calls in
   * the same tick (Next calls each 'use cache' handler and the page cache for one revalidation)
   * share one; and while one write is in flight, every identical call made meanwhile shares the
   * single write that follows it (a busy webhook, one invalidation per paid event, so writes once
   * per round trip instead of once per event). Each call's promise settles with a write sent after
   * the call, so after whatever the caller committed before calling. Rejects when that write
   * fails: the caller's response then fails too, rather than other servers staying stale without
   * anyone knowing.
   * @param {string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  invalidate(tags, durations) {
    const unique = [...new Set(tags)].sort();
    if (unique.length === 0) return Promise.resolve();
    const expireAfterMs = durations === undefined ? null : Math.max(0, Math.round((durations.expire ?? 0) * 1000));
    const now = Date.now();
    for (const tag of unique) this.#learn(tag, this.#tags.get(tag)?.version ?? "0", expireAfterMs, now);
    if (!this.#pool) return Promise.resolve();
    const key = JSON.stringify([unique, expireAfterMs]);
    const writes = this.#pendingWrites.get(key) ?? { queued: null, running: null };
    this.#pendingWrites.set(key, writes);
    // Not sent yet: this call's change is covered by it.
    if (writes.queued) return writes.queued;
    const pool = this.#pool;
    const running = writes.running;
    /** @type {Promise<void>} */
    const write = (async () => {
      // After the write in flight (it may have been sent before this call), or after this tick.
      if (running) await running.catch(() => {});
      else await Promise.resolve();
      // Sent from here on: a later call needs a write of its own.
      writes.queued = null;
      writes.running = write;
      try {
        const { rows } = await pool.query(
          `WITH changed AS (
             INSERT INTO "CacheTag" ("tag", "version", "expireAfterMs", "updatedAt")
             SELECT tag, 1, $2::bigint, now() FROM unnest($1::text[]) AS tag
             ON CONFLICT ("tag") DO UPDATE
               SET "version" = "CacheTag"."version" + 1, "expireAfterMs" = EXCLUDED."expireAfterMs", "updatedAt" = now()
             RETURNING "tag", "version"
           )
           SELECT changed."tag", changed."version"::text AS version, pg_notify($3, '') AS notified FROM changed`,
          [unique, expireAfterMs, CHANNEL],
        );
        // Known now, so this server's own notification does not expire the tags a second time.
        for (const row of rows) {
          const state = this.#tags.get(row.tag);
          if (state) state.version = row.version;
        }
      } finally {
        if (writes.running === write) writes.running = null;
        if (!writes.queued && !writes.running) this.#pendingWrites.delete(key);
      }
    })();
    writes.queued = write;
    return write;
  }

  /** Stops listening and closes the connections (tests; a server simply exits). */
  async close() {
    this.#closed = true;
    this.#listening = false;
    if (this.#reconnectTimer) clearTimeout(this.#reconnectTimer);
    if (this.#heartbeat) clearInterval(this.#heartbeat);
    const listener = this.#listener;
    this.#listener = null;
    await Promise.allSettled([listener?.end(), this.#pool?.end()]);
  }

  /**
   * @param {string} tag
   * @param {string} version
   * @param {number | null} expireAfterMs null: expired at once
   * @param {number} now
   */
  #learn(tag, version, expireAfterMs, now) {
    this.#tags.set(tag, { version, stale: now, expired: now + (expireAfterMs ?? 0) });
  }

  /** Reads every tag's version; a tag whose version is new to this server expires now. */
  #readTable() {
    if (this.#reading) {
      // A notification during a read may describe a write the read missed: read once more.
      this.#readAgain = true;
      return this.#reading;
    }
    const pool = this.#pool;
    if (!pool) return Promise.resolve();
    this.#reading = (async () => {
      try {
        do {
          this.#readAgain = false;
          this.tableReads += 1;
          const { rows } = await pool.query(`SELECT "tag", "version"::text AS version, "expireAfterMs"::float8 AS "expireAfterMs" FROM "CacheTag"`);
          const now = Date.now();
          for (const row of rows) {
            if (this.#tags.get(row.tag)?.version !== row.version) this.#learn(row.tag, row.version, row.expireAfterMs, now);
          }
          this.#lastRead = now;
          this.#readFailing = false;
        } while (this.#readAgain);
      } catch (error) {
        // Tried: no second try before FALLBACK_READ_MS, so an outage does not add a connection
        // attempt to every request.
        this.#lastRead = Date.now();
        // Once per outage, not once per request.
        if (!this.#readFailing) this.#log(`could not read cache tags, keeping the last known ones: ${error instanceof Error ? error.message : String(error)}`);
        this.#readFailing = true;
        throw error;
      } finally {
        this.#reading = null;
      }
    })();
    return this.#reading;
  }

  #connectListener() {
    if (this.#closed || !this.#databaseUrl) return;
    const client = new pg.Client({
      connectionString: this.#databaseUrl,
      connectionTimeoutMillis: 3_000,
      keepAlive: true,
      application_name: this.#name,
    });
    this.#listener = client;
    let down = false;
    const lost = (/** @type {string} */ why) => {
      if (down) return;
      down = true;
      if (this.#listener === client) {
        this.#listener = null;
        this.#listening = false;
        if (this.#heartbeat) clearInterval(this.#heartbeat);
        this.#heartbeat = null;
      }
      client.end().catch(() => {});
      if (this.#closed) return;
      if (!this.#listenerFailing) this.#log(`listener down (${why}); reading the table on each request until it is back`);
      this.#listenerFailing = true;
      this.#reconnectTimer = setTimeout(() => {
        this.#reconnectTimer = null;
        this.#connectListener();
      }, this.#reconnectDelayMs);
      this.#reconnectTimer.unref?.();
    };
    client.on("error", (error) => lost(error.message));
    client.on("end", () => lost("connection closed"));
    client.on("notification", (message) => {
      if (message.channel === CHANNEL) this.#readTable().catch(() => {});
    });
    (async () => {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      // Listening first, then reading: nothing written in between is missed.
      await this.#readTable();
      if (down || this.#closed) return;
      this.#listening = true;
      if (this.#listenerFailing) this.#log("listening again");
      this.#listenerFailing = false;
      this.#heartbeat = setInterval(() => {
        // Generous: a busy server's event loop can be late by a second or two.
        const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("no answer to the heartbeat within 5 s")), 5_000).unref?.());
        Promise.race([client.query("SELECT 1"), timeout]).catch((error) => lost(error instanceof Error ? error.message : String(error)));
      }, HEARTBEAT_MS);
      this.#heartbeat.unref?.();
    })().catch((error) => lost(error instanceof Error ? error.message : String(error)));
  }
}

const GLOBAL = Symbol.for("winter-appeal.shared-cache-tags");

/**
 * The process's one SharedTags, shared by both cache handlers. Shared through the database when
 * DATABASE_URL is set and this is not `next build` (which prerenders from a snapshot and
 * invalidates nothing); otherwise this process alone, as Next's default handlers.
 * @returns {SharedTags}
 */
export function sharedTags() {
  const holder = /** @type {{ [GLOBAL]?: SharedTags }} */ (/** @type {unknown} */ (globalThis));
  if (!holder[GLOBAL]) {
    // eslint-disable-next-line no-restricted-properties -- loaded by Next outside lib/env.ts, see the top
    const { DATABASE_URL, NEXT_PHASE } = process.env;
    const building = NEXT_PHASE === "phase-production-build";
    holder[GLOBAL] = new SharedTags({ databaseUrl: building ? undefined : DATABASE_URL || undefined });
  }
  return holder[GLOBAL];
}
