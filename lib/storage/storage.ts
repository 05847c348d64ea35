// Where uploaded files live: one interface, two places (a folder on this machine, or an
// S3-compatible bucket). Callers never learn which.

/** A stored object's name, e.g. "covers/3f9a…-1600x1067.webp". */
export type StorageKey = string;

export interface Storage {
  /** Writes (or overwrites) an object. Keys are content-addressed, so an overwrite is the same bytes. */
  put(key: StorageKey, body: Uint8Array, contentType: string): Promise<void>;
  /** Removes an object; removing one that is not there is not an error. */
  delete(key: StorageKey): Promise<void>;
  /** The address a browser loads the object from. */
  publicUrl(key: StorageKey): string;
}

/** A storage call that failed (disk full, bucket unreachable, credentials refused…). */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StorageError";
  }
}

// Lower-case letters, digits, hyphens, underscores and dots in "/"-separated segments; no segment
// may be empty, "." or "..", and none may start with a dot. Narrow on purpose: a key becomes a file
// path on disk and a URL path, and neither may escape its folder.
const SEGMENT = /^[a-z0-9_-][a-z0-9_.-]*$/;

export function isSafeKey(key: string): boolean {
  if (key.length === 0 || key.length > 200) return false;
  return key.split("/").every((segment) => SEGMENT.test(segment) && !segment.includes(".."));
}

export function assertSafeKey(key: string): void {
  if (!isSafeKey(key)) throw new StorageError(`Refused an unsafe storage key: ${JSON.stringify(key.slice(0, 80))}`);
}

const CONTENT_TYPES: Record<string, string> = { webp: "image/webp", jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png" };

/** The Content-Type a key's extension stands for; null for anything we never store. */
export function contentTypeFor(key: string): string | null {
  const extension = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
  return CONTENT_TYPES[extension] ?? null;
}

/** Keys are content-addressed: a key's bytes never change, so anything may keep them for a year. */
export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";
