// Types for shared-tags.mjs (plain JavaScript: Next.js loads cache handlers with Node's import()).
export declare const CHANNEL: string;
export declare const FALLBACK_READ_MS: number;

export type SharedTagsOptions = {
  /** Unset: tags stay in this process, as Next's default handlers. */
  databaseUrl?: string;
  /** How long to wait before listening again after the connection drops (default 1 s). */
  reconnectDelayMs?: number;
  log?: (message: string) => void;
  /** application_name of the connections (default "winter-appeal cache tags"). */
  name?: string;
};

export declare class SharedTags {
  constructor(options?: SharedTagsOptions);
  readonly listening: boolean;
  readonly shared: boolean;
  tableReads: number;
  freshen(): Promise<void>;
  expiration(tags: string[]): number;
  isExpired(tags: string[], timestamp: number): boolean;
  isStale(tags: string[], timestamp: number): boolean;
  invalidate(tags: string[], durations?: { expire?: number }): Promise<void>;
  close(): Promise<void>;
}

export declare function sharedTags(): SharedTags;
