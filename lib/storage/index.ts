import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { createLocalStorage, type LocalStorage } from "./local-storage";
import { createS3Storage } from "./s3-storage";
import type { Storage } from "./storage";

export type { Storage, StorageKey } from "./storage";
export { StorageError } from "./storage";

let bucket: Storage | undefined;
let folder: LocalStorage | undefined;

/** The folder under DATA_DIR/uploads, or null when the site keeps its files in a bucket instead. */
export function localUploads(): LocalStorage | null {
  if (env.S3_BUCKET) return null;
  folder ??= createLocalStorage({ root: path.join(env.DATA_DIR, "uploads") });
  return folder;
}

/** Where uploads go: the S3-compatible bucket when S3_BUCKET is set, else the local folder. */
export function storage(): Storage {
  if (!env.S3_BUCKET) return localUploads() as LocalStorage;
  bucket ??= createS3Storage({
    bucket: env.S3_BUCKET,
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    // lib/env.ts refuses to start with S3_BUCKET set and any of these three missing.
    accessKeyId: env.S3_ACCESS_KEY_ID ?? "",
    secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? "",
    publicUrl: env.S3_PUBLIC_URL ?? "",
  });
  return bucket;
}
