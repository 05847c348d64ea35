// A local stand-in for the S3 REST API, enough for the real @aws-sdk/client-s3 to store and delete
// objects through it unchanged: `new S3Client({ endpoint: fake.url, forcePathStyle: true, … })`.
//
// Path-style addressing only (/<bucket>/<key>). PUT, GET, HEAD and DELETE of one object; anything
// else is S3's 405. Every request must carry a valid AWS Signature Version 4 (header form) made
// with the fake's one access key, as S3 checks it: a wrong secret is 403 SignatureDoesNotMatch, an
// unknown key id 403 InvalidAccessKeyId, a body that does not match its signed SHA-256 400
// XAmzContentSHA256Mismatch. Errors are S3's XML `<Error><Code>…</Code><Message>…</Message></Error>`.
// Failures can be injected with failNext().
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { keepIdleConnections } from "../../lib/http/keep-alive";

export type FakeObject = { body: Buffer; contentType?: string; cacheControl?: string; etag: string };
export type FakeS3Request = { method: string; bucket: string; key: string; status: number };

export type FakeS3 = {
  /** http://127.0.0.1:<port>, to pass as the SDK's `endpoint`. */
  url: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The bucket's objects by key. */
  objects: Map<string, FakeObject>;
  /** Every request, in order, with the status the fake answered. */
  requests: FakeS3Request[];
  /** The next `count` requests fail with `status` (500 InternalError or 503 SlowDown) before anything else. */
  failNext(status: 500 | 503, count?: number): void;
  reset(): void;
  close(): Promise<void>;
};

type Reply = { status: number; headers?: Record<string, string>; body?: Buffer | string };

const ERROR_MESSAGES: Record<string, string> = {
  AccessDenied: "Access Denied",
  InvalidAccessKeyId: "The AWS Access Key Id you provided does not exist in our records.",
  SignatureDoesNotMatch: "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
  XAmzContentSHA256Mismatch: "The provided 'x-amz-content-sha256' header does not match what was computed.",
  NotImplemented: "A header you provided implies functionality that is not implemented.",
  NoSuchBucket: "The specified bucket does not exist",
  NoSuchKey: "The specified key does not exist.",
  MethodNotAllowed: "The specified method is not allowed against this resource.",
  RequestTimeTooSkewed: "The difference between the request time and the current time is too large.",
  InternalError: "We encountered an internal error. Please try again.",
  SlowDown: "Please reduce your request rate.",
};

function xmlEscape(value: string): string {
  return value.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function errorReply(status: number, code: keyof typeof ERROR_MESSAGES, resource: string, withBody = true): Reply {
  const requestId = crypto.randomBytes(8).toString("hex").toUpperCase();
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xmlEscape(ERROR_MESSAGES[code] ?? code)}</Message><Resource>${xmlEscape(resource)}</Resource><RequestId>${requestId}</RequestId></Error>`;
  return { status, headers: { "content-type": "application/xml", "x-amz-request-id": requestId }, body: withBody ? body : undefined };
}

/** RFC 3986 encoding, as SigV4 canonicalises query parameters. */
function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const hmac = (key: crypto.BinaryLike, data: string) => crypto.createHmac("sha256", key).update(data).digest();
const sha256Hex = (data: crypto.BinaryLike) => crypto.createHash("sha256").update(data).digest("hex");

/** Checks a request's SigV4 Authorization header; returns the S3 error code, or null when valid. */
function verifySignature(
  req: http.IncomingMessage,
  rawPath: string,
  rawQuery: string,
  body: Buffer,
  keys: { accessKeyId: string; secretAccessKey: string; region: string },
): string | null {
  const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
    req.headers.authorization ?? "",
  );
  if (!auth) return "AccessDenied";
  const [, accessKeyId = "", date = "", region = "", signedHeaders = "", signature = ""] = auth;
  if (accessKeyId !== keys.accessKeyId) return "InvalidAccessKeyId";
  if (region !== keys.region) return "SignatureDoesNotMatch";
  const amzDate = String(req.headers["x-amz-date"] ?? "");
  const when = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!when || !amzDate.startsWith(date)) return "AccessDenied";
  const sentAt = Date.UTC(Number(when[1]), Number(when[2]) - 1, Number(when[3]), Number(when[4]), Number(when[5]), Number(when[6]));
  if (Math.abs(Date.now() - sentAt) > 15 * 60_000) return "RequestTimeTooSkewed";

  const payloadHash = String(req.headers["x-amz-content-sha256"] ?? "");
  if (payloadHash.startsWith("STREAMING-")) return "NotImplemented";
  if (payloadHash !== "UNSIGNED-PAYLOAD" && payloadHash !== sha256Hex(body)) return "XAmzContentSHA256Mismatch";

  const names = signedHeaders.split(";");
  if (!names.includes("host") || !names.includes("x-amz-date")) return "AccessDenied";
  const canonicalHeaders = names
    .map((name) => {
      const value = req.headers[name];
      return `${name}:${(Array.isArray(value) ? value.join(",") : (value ?? "")).trim().replace(/\s+/g, " ")}\n`;
    })
    .join("");
  const canonicalQuery = rawQuery
    .split("&")
    .filter(Boolean)
    .map((pair) => {
      const [k = "", v = ""] = pair.split("=");
      return [uriEncode(decodeURIComponent(k)), uriEncode(decodeURIComponent(v))] as const;
    })
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  // S3 signs the path as sent (each segment already encoded once, never twice).
  const canonicalRequest = [req.method, rawPath, canonicalQuery, canonicalHeaders, signedHeaders, payloadHash].join("\n");
  const scope = `${date}/${region}/s3/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${keys.secretAccessKey}`, date), region), "s3"), "aws4_request");
  const expected = crypto.createHmac("sha256", signingKey).update(stringToSign).digest("hex");
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature)) ? null : "SignatureDoesNotMatch";
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export async function startFakeS3(options: { bucket?: string; region?: string; accessKeyId?: string; secretAccessKey?: string } = {}): Promise<FakeS3> {
  const keys = {
    accessKeyId: options.accessKeyId ?? "AKIAFAKES3TESTKEY000",
    secretAccessKey: options.secretAccessKey ?? "fake-s3-secret-access-key-for-tests-only",
    region: options.region ?? "eu-west-2",
  };
  const bucket = options.bucket ?? "winter-appeal-uploads";
  const objects = new Map<string, FakeObject>();
  const requests: FakeS3Request[] = [];
  let failures: { status: 500 | 503; remaining: number }[] = [];

  async function handle(req: http.IncomingMessage, rawPath: string, rawQuery: string): Promise<Reply> {
    const body = await readBody(req);
    const method = req.method ?? "GET";
    const [, bucketName = "", ...keyParts] = rawPath.split("/");
    const key = keyParts.map((part) => decodeURIComponent(part)).join("/");
    const resource = `/${bucketName}/${key}`;
    const withBody = method !== "HEAD";

    const failure = failures[0];
    if (failure) {
      failure.remaining -= 1;
      if (failure.remaining <= 0) failures.shift();
      return errorReply(failure.status, failure.status === 503 ? "SlowDown" : "InternalError", resource, withBody);
    }

    const refused = verifySignature(req, rawPath, rawQuery, body, keys);
    if (refused)
      return errorReply(
        refused === "XAmzContentSHA256Mismatch" || refused === "RequestTimeTooSkewed" ? 400 : refused === "NotImplemented" ? 501 : 403,
        refused,
        resource,
        withBody,
      );
    if (bucketName !== bucket) return errorReply(404, "NoSuchBucket", resource, withBody);
    if (!key) return errorReply(405, "MethodNotAllowed", resource, withBody);

    switch (method) {
      case "PUT": {
        const etag = `"${crypto.createHash("md5").update(body).digest("hex")}"`;
        const contentType = req.headers["content-type"];
        const cacheControl = req.headers["cache-control"];
        objects.set(key, { body, etag, ...(contentType ? { contentType } : {}), ...(cacheControl ? { cacheControl } : {}) });
        return { status: 200, headers: { etag } };
      }
      case "GET":
      case "HEAD": {
        const object = objects.get(key);
        if (!object) return errorReply(404, "NoSuchKey", resource, withBody);
        return {
          status: 200,
          headers: {
            etag: object.etag,
            "content-length": String(object.body.byteLength),
            ...(object.contentType ? { "content-type": object.contentType } : {}),
            ...(object.cacheControl ? { "cache-control": object.cacheControl } : {}),
          },
          body: withBody ? object.body : undefined,
        };
      }
      case "DELETE":
        // S3 answers 204 whether or not the key existed.
        objects.delete(key);
        return { status: 204 };
      default:
        return errorReply(405, "MethodNotAllowed", resource, withBody);
    }
  }

  const server = http.createServer((req, res) => {
    const [rawPath = "/", rawQuery = ""] = (req.url ?? "/").split("?");
    const [, bucketName = "", ...keyParts] = rawPath.split("/");
    const entry: FakeS3Request = { method: req.method ?? "GET", bucket: bucketName, key: keyParts.map((p) => decodeURIComponent(p)).join("/"), status: 0 };
    requests.push(entry);
    handle(req, rawPath, rawQuery)
      .catch((error: unknown) => ({ status: 500, headers: { "content-type": "text/plain" }, body: `Fake S3 crashed: ${String(error)}` }) as Reply)
      .then((reply) => {
        entry.status = reply.status;
        res.writeHead(reply.status, { "x-amz-id-2": "fake", ...reply.headers });
        res.end(reply.body);
      });
  });

  // Idle connections kept longer than a client keeps them (lib/http/keep-alive.ts): with Node's
  // default 5 s, a client reusing one just as it was closed got ECONNRESET.
  keepIdleConnections(server);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    bucket,
    region: keys.region,
    accessKeyId: keys.accessKeyId,
    secretAccessKey: keys.secretAccessKey,
    objects,
    requests,
    failNext(status, count = 1) {
      if (count > 0) failures.push({ status, remaining: count });
    },
    reset() {
      objects.clear();
      requests.length = 0;
      failures = [];
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
