// Types for incremental-cache-handler.mjs, as far as the tests use them.
import type { SharedTags } from "./shared-tags.mjs";

export type IncrementalCacheContext = {
  fs?: unknown;
  serverDistDir: string;
  flushToDisk?: boolean;
  maxMemoryCacheSize?: number;
  revalidatedTags?: string[];
  sharedTags?: SharedTags;
};

export default class SharedTagsCacheHandler {
  constructor(ctx: IncrementalCacheContext);
  readonly tags: SharedTags;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Next's cache values: see next/dist/server/response-cache/types
  get(key: string, ctx: Record<string, unknown>): Promise<any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  set(key: string, data: any, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
}
