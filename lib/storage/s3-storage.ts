import { DeleteObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { assertSafeKey, IMMUTABLE_CACHE_CONTROL, StorageError, type Storage } from "./storage";

export type S3StorageOptions = {
  bucket: string;
  /** The API origin of an S3-compatible service (R2, MinIO, Spaces…); unset means AWS S3. */
  endpoint?: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Where the bucket's objects are publicly readable, e.g. https://images.example.org. */
  publicUrl: string;
};

/** Objects in an S3-compatible bucket, read by browsers straight from `publicUrl`. */
export function createS3Storage(options: S3StorageOptions): Storage {
  const client = new S3Client({
    region: options.region,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          // Other services' endpoints rarely resolve <bucket>.<host>; the bucket goes in the path.
          forcePathStyle: true,
        }
      : {}),
    // Checksums only where S3 requires them: not every S3-compatible service accepts the
    // newer trailing-checksum headers the SDK would otherwise add.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 20_000 },
  });
  const base = options.publicUrl.replace(/\/+$/, "");

  return {
    async put(key, body, contentType) {
      assertSafeKey(key);
      try {
        await client.send(
          new PutObjectCommand({ Bucket: options.bucket, Key: key, Body: body, ContentType: contentType, CacheControl: IMMUTABLE_CACHE_CONTROL }),
        );
      } catch (error) {
        throw new StorageError(`Could not upload ${key} to the bucket`, { cause: error });
      }
    },
    async delete(key) {
      assertSafeKey(key);
      try {
        await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: key }));
      } catch (error) {
        throw new StorageError(`Could not delete ${key} from the bucket`, { cause: error });
      }
    },
    publicUrl(key) {
      assertSafeKey(key);
      return `${base}/${key}`;
    },
  };
}
