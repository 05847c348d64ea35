// @ts-check
// The handler behind prerendered pages and route responses (next.config.ts: cacheHandler): Next's
// own file-system cache (the build's prerendered pages on disk, fresh renders in memory and on
// disk), with one change: a page is out of date when any server invalidated one of its tags after
// it was rendered (shared-tags.mjs), not only this one.
import { utimes } from "node:fs/promises";
import { createRequire } from "node:module";
import { sharedTags } from "./shared-tags.mjs";

// require: the very module Next's server uses (CommonJS), whoever loads this file.
const require = createRequire(import.meta.url);
/** @type {any} */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
/** The header Next keeps a page's cache tags in (next/dist/lib/constants NEXT_CACHE_TAGS_HEADER). */
const TAGS_HEADER = "x-next-cache-tags";
/**
 * At most this many renders' start times are kept (below). A key sent to render and never stored
 * (a render that failed, a page Next does not keep, any address a visitor makes up) would
 * otherwise stay for good; past this many, the oldest go, and a render whose start went is dated
 * when it is stored, as Next dates it.
 */
const RENDER_STARTS_KEPT = 10_000;

/** @param {any} data @param {any} ctx @returns {string[]} */
function tagsOf(data, ctx) {
  const value = data?.value;
  if (!value) return [];
  if (value.kind === "FETCH") return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  const header = value.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

/**
 * The file whose time Next's file-system cache takes as an entry's date when it reads the entry
 * back from disk (a route's body, a page's HTML), or undefined for kinds it dates otherwise.
 * @param {string} key @param {unknown} kind
 * @returns {{ name: string, kind: string } | undefined}
 */
function fileDatedBy(key, kind) {
  if (kind === "APP_ROUTE") return { name: `${key}.body`, kind };
  if (kind === "APP_PAGE" || kind === "PAGES") return { name: `${key}.html`, kind };
  return undefined;
}

export default class SharedTagsCacheHandler extends FileSystemCache {
  /**
   * @param {any} ctx Next's; `sharedTags` and `renderStartsKept` (tests only) replace the
   * process's store and RENDER_STARTS_KEPT.
   */
  constructor(ctx) {
    super(ctx);
    /** @type {import("./shared-tags.mjs").SharedTags} */
    this.tags = ctx?.sharedTags ?? sharedTags();
    /** @type {number} */
    this.renderStartsKept = ctx?.renderStartsKept ?? RENDER_STARTS_KEPT;
  }

  /**
   * Per key, when this server sent it to be rendered: the moment `get` found nothing it could
   * serve. Next dates what `set` stores by when it is stored, which is after the render; a render
   * that read the database before an invalidation and finished after it would otherwise be kept
   * as newer than the invalidation, and served until the tag changed again. Next renders a key
   * once at a time per server, so one moment per key is enough; at most RENDER_STARTS_KEPT are kept.
   * @type {Map<string, number>}
   */
  #renderBegan = new Map();

  /** @param {[string, any]} args */
  async get(...args) {
    const [key, ctx] = args;
    const asked = Date.now();
    await this.tags.freshen();
    const data = await super.get(...args);
    if (!data) return this.#render(key, asked, data);
    const entryTags = tagsOf(data, ctx);
    const madeAt = typeof data.lastModified === "number" ? data.lastModified : 0;
    // Render again now: Next re-renders on a miss, before answering.
    if (this.tags.isExpired(entryTags, madeAt)) return this.#render(key, asked, null);
    // lastModified -1 tells Next to render again before answering, rather than serve it once more.
    if (this.tags.isStale(entryTags, madeAt)) return this.#render(key, asked, { ...data, lastModified: -1 });
    return data;
  }

  /**
   * @template T
   * @param {string} key @param {number} at @param {T} answer
   * @returns {T}
   */
  #render(key, at, answer) {
    if (this.#renderBegan.has(key)) return answer;
    this.#renderBegan.set(key, at);
    // A Map iterates in insertion order: the first key is the oldest.
    if (this.#renderBegan.size > this.renderStartsKept) this.#renderBegan.delete(this.#renderBegan.keys().next().value ?? "");
    return answer;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    const began = this.#renderBegan.get(key);
    this.#renderBegan.delete(key);
    await super.set(key, data, ctx);
    if (began === undefined) return;
    // Dated from when its render began, in memory and on disk: Next dates the copy on disk by its
    // file's time when it reads it back, once memory has let the entry go.
    const kept = FileSystemCache.memoryCache?.get(key);
    if (kept && typeof kept.lastModified === "number" && kept.lastModified > began) kept.lastModified = began;
    const file = this.flushToDisk ? fileDatedBy(key, data?.kind) : undefined;
    // No file (Next did not write one) leaves nothing to date.
    if (file) await utimes(this.getFilePath(file.name, file.kind), began / 1000, began / 1000).catch(() => {});
  }

  /** @param {string | string[]} tagList @param {{ expire?: number }} [durations] */
  async revalidateTag(tagList, durations) {
    const list = typeof tagList === "string" ? [tagList] : tagList;
    await Promise.all([super.revalidateTag(list, durations), this.tags.invalidate(list, durations)]);
  }
}
