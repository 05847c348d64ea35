import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { createS3Storage } from "@/lib/storage/s3-storage";
import { contentTypeFor, isSafeKey, StorageError } from "@/lib/storage/storage";
import { startFakeS3, type FakeS3 } from "../support/fake-s3";

const KEY = "covers/0123456789abcdef0123456789abcdef-1600x900.webp";
const BYTES = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4]);

// Keys that must never reach the disk or a bucket: each tries to leave the uploads folder, hide a
// file, or smuggle in something a URL or a path would read differently.
const UNSAFE_KEYS = [
  "../secret.webp",
  "covers/../../package.json",
  "covers/..",
  "/etc/passwd",
  "covers//x.webp",
  "covers/.hidden.webp",
  "covers\\..\\x.webp",
  "covers/%2e%2e/x.webp",
  "covers/x.webp\0.png",
  "Covers/X.webp",
  "",
  `covers/${"a".repeat(300)}.webp`,
];

describe("storage keys", () => {
  it("accepts the keys the site makes and refuses anything else", () => {
    expect(isSafeKey(KEY)).toBe(true);
    for (const key of UNSAFE_KEYS) expect(isSafeKey(key), key).toBe(false);
    expect(contentTypeFor(KEY)).toBe("image/webp");
    expect(contentTypeFor("covers/a.svg")).toBeNull();
    expect(contentTypeFor("covers/a.html")).toBeNull();
  });
});

describe("local storage", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "uploads-test-"));
    // Something outside the uploads folder a traversal would reach.
    await fs.writeFile(path.join(dir, "secret.webp"), "not for the public");
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("writes, reads back, serves at /uploads and deletes", async () => {
    const files = createLocalStorage({ root: path.join(dir, "uploads") });
    await files.put(KEY, BYTES, "image/webp");
    expect(new Uint8Array((await files.read(KEY)) ?? [])).toEqual(BYTES);
    expect(await fs.readdir(path.join(dir, "uploads", "covers"))).toEqual([path.basename(KEY)]); // no partial file left
    expect(files.publicUrl(KEY)).toBe(`/uploads/${KEY}`);
    await files.delete(KEY);
    expect(await files.read(KEY)).toBeNull();
    await files.delete(KEY); // already gone: not an error
  });

  it("refuses every key that would leave its folder, for writing, reading and deleting", async () => {
    const files = createLocalStorage({ root: path.join(dir, "uploads") });
    for (const key of UNSAFE_KEYS) {
      await expect(files.put(key, BYTES, "image/webp"), key).rejects.toBeInstanceOf(StorageError);
      await expect(files.delete(key), key).rejects.toBeInstanceOf(StorageError);
      expect(await files.read(key), key).toBeNull();
      expect(() => files.publicUrl(key), key).toThrow(StorageError);
    }
    expect(await fs.readFile(path.join(dir, "secret.webp"), "utf8")).toBe("not for the public");
    expect(await files.read("covers/missing.webp")).toBeNull();
  });

  it("reports a failed write as a StorageError", async () => {
    const blocked = path.join(dir, "blocked");
    await fs.writeFile(blocked, "a file where the folder should be");
    await expect(createLocalStorage({ root: blocked }).put(KEY, BYTES, "image/webp")).rejects.toBeInstanceOf(StorageError);
  });
});

describe("S3 storage, through the real AWS SDK against a local fake S3", () => {
  let fake: FakeS3;
  const options = () => ({
    bucket: fake.bucket,
    endpoint: fake.url,
    region: fake.region,
    accessKeyId: fake.accessKeyId,
    secretAccessKey: fake.secretAccessKey,
    publicUrl: "https://images.example.org/",
  });
  beforeAll(async () => {
    fake = await startFakeS3();
  });
  beforeEach(() => fake.reset());
  afterAll(() => fake.close());

  it("uploads with the content type and a year of immutable caching, and deletes", async () => {
    const files = createS3Storage(options());
    await files.put(KEY, BYTES, "image/webp");
    expect(fake.requests).toEqual([{ method: "PUT", bucket: fake.bucket, key: KEY, status: 200 }]);
    const stored = fake.objects.get(KEY);
    expect(new Uint8Array(stored?.body ?? [])).toEqual(BYTES);
    expect(stored).toMatchObject({ contentType: "image/webp", cacheControl: "public, max-age=31536000, immutable" });
    expect(files.publicUrl(KEY)).toBe(`https://images.example.org/${KEY}`);

    // What a reader of the bucket gets back, through the SDK too.
    const reader = new S3Client({
      region: fake.region,
      endpoint: fake.url,
      forcePathStyle: true,
      credentials: { accessKeyId: fake.accessKeyId, secretAccessKey: fake.secretAccessKey },
    });
    const got = await reader.send(new GetObjectCommand({ Bucket: fake.bucket, Key: KEY }));
    expect(got.ContentType).toBe("image/webp");
    expect(await got.Body?.transformToByteArray()).toEqual(BYTES);

    await files.delete(KEY);
    expect(fake.objects.has(KEY)).toBe(false);
    await files.delete(KEY); // S3 answers 204 for a missing key too
    expect(fake.requests.map((r) => `${r.method} ${r.status}`)).toEqual(["PUT 200", "GET 200", "DELETE 204", "DELETE 204"]);
  });

  it("retries a failing bucket, and reports one that keeps failing as a StorageError", async () => {
    const files = createS3Storage(options());
    fake.failNext(503);
    await files.put(KEY, BYTES, "image/webp");
    expect(fake.requests.map((r) => r.status)).toEqual([503, 200]);
    expect(fake.objects.has(KEY)).toBe(true);

    fake.reset();
    fake.failNext(500, 3);
    await expect(files.put(KEY, BYTES, "image/webp")).rejects.toBeInstanceOf(StorageError);
    expect(fake.objects.size).toBe(0);
  });

  it("is refused with the wrong secret, an unknown key id or the wrong bucket", async () => {
    await expect(createS3Storage({ ...options(), secretAccessKey: "not-the-secret" }).put(KEY, BYTES, "image/webp")).rejects.toMatchObject({
      name: "StorageError",
      cause: { name: "SignatureDoesNotMatch" },
    });
    await expect(createS3Storage({ ...options(), accessKeyId: "AKIAUNKNOWN" }).put(KEY, BYTES, "image/webp")).rejects.toMatchObject({
      cause: { name: "InvalidAccessKeyId" },
    });
    await expect(createS3Storage({ ...options(), bucket: "someone-elses" }).delete(KEY)).rejects.toMatchObject({ cause: { name: "NoSuchBucket" } });
    expect(fake.objects.size).toBe(0);
  });

  it("refuses an unsafe key without sending anything", async () => {
    const files = createS3Storage(options());
    for (const key of UNSAFE_KEYS) await expect(files.put(key, BYTES, "image/webp"), key).rejects.toBeInstanceOf(StorageError);
    expect(fake.requests).toEqual([]);
  });
});
