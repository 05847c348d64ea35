// @ts-check
// The handler behind 'use cache' (next.config.ts: cacheHandlers.default and .remote): entries stay
// in this server's memory, in Next's own default handler; which tags were invalidated when comes
// from every server (shared-tags.mjs). An entry is out of date when Next's default says so (this
// server's own invalidations) or when any server invalidated one of its tags after it was made.
import { createRequire } from "node:module";
import { sharedTags } from "./shared-tags.mjs";

// require: the very module Next's server uses (CommonJS), whoever loads this file.
const require = createRequire(import.meta.url);
/** @type {{ createDefaultCacheHandler: (maxSize: number) => import("next/dist/server/lib/cache-handlers/types").CacheHandler }} */
const defaultHandlerModule = require("next/dist/server/lib/cache-handlers/default.js");

/** As Next's own default (config `cacheMaxMemorySize`, 50 MB). */
const MEMORY_BYTES = 50 * 1024 * 1024;

/**
 * @typedef {import("next/dist/server/lib/cache-handlers/types").CacheHandler} CacheHandler
 * @param {import("./shared-tags.mjs").SharedTags} tags
 * @returns {CacheHandler}
 */
export function createUseCacheHandler(tags) {
  const local = defaultHandlerModule.createDefaultCacheHandler(MEMORY_BYTES);
  return {
    async get(cacheKey, softTags) {
      const entry = await local.get(cacheKey, softTags);
      if (!entry) return undefined;
      if (tags.isExpired(entry.tags, entry.timestamp)) {
        // Not served: the caller makes a fresh one. Drain the copy we were handed.
        await entry.value.cancel().catch(() => {});
        return undefined;
      }
      if (tags.isStale(entry.tags, entry.timestamp)) return { ...entry, revalidate: -1 };
      return entry;
    },
    set: (cacheKey, pendingEntry) => local.set(cacheKey, pendingEntry),
    // Once per request, before its first read: free while the listener is up.
    refreshTags: () => tags.freshen(),
    async getExpiration(tagList) {
      await tags.freshen();
      return Math.max(await local.getExpiration(tagList), tags.expiration(tagList));
    },
    async updateTags(tagList, durations) {
      await Promise.all([local.updateTags(tagList, durations), tags.invalidate(tagList, durations)]);
    },
  };
}

export default createUseCacheHandler(sharedTags());
