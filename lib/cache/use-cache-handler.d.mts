// Types for use-cache-handler.mjs.
import type { CacheHandler } from "next/dist/server/lib/cache-handlers/types";
import type { SharedTags } from "./shared-tags.mjs";

export declare function createUseCacheHandler(tags: SharedTags): CacheHandler;
declare const handler: CacheHandler;
export default handler;
