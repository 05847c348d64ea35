// A local stand-in for Resend's HTTP API (https://resend.com/docs/api-reference), enough for the
// real `resend` SDK to send through it unchanged: `new Resend(key, { baseUrl: fake.url })`.
// Only POST /emails and POST /emails/batch exist; everything else is Resend's 404/405.
//
// Mirrors the documented behaviour tests care about: Bearer auth (missing → 401 missing_api_key,
// wrong → 403 invalid_api_key, as Resend documents), field validation, the 50-recipient and
// 100-email limits, Idempotency-Key replay/conflict, and Resend's `{ statusCode, name, message }`
// error body. Failures can be injected with failNext() and down().
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { keepIdleConnections } from "../../lib/http/keep-alive";

export type FakeEmail = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  cc?: string[];
  bcc?: string[];
  headers?: Record<string, string>;
  reply_to?: string | string[];
  tags?: unknown;
  idempotencyKey?: string;
  batchId?: string;
};

export type FakeRequest = { method: string; path: string; idempotencyKey?: string; status: number };

export type FakeResend = {
  /** http://127.0.0.1:<port>, to pass as the SDK's `baseUrl`. */
  url: string;
  /** Every email actually accepted, in order (idempotent replays add nothing). */
  emails: FakeEmail[];
  /** Every request, in order, with the status the fake answered. */
  requests: FakeRequest[];
  /**
   * The next `count` requests to /emails or /emails/batch fail with `status` (e.g. 429 or 500)
   * before auth or validation. A 429 carries `Retry-After: retryAfterSeconds` (default 1) and
   * Resend's rate_limit_exceeded body.
   */
  failNext(status: number, count?: number, retryAfterSeconds?: number): void;
  /** Every later request fails with `status` (default 503) until healthy() is called. */
  down(status?: number): void;
  healthy(): void;
  /** Emails whose `to` includes this address (bare or "Name <address>", case-insensitive). */
  sentTo(address: string): FakeEmail[];
  /** Forget emails, requests, idempotency keys and injected failures. */
  reset(): void;
  close(): Promise<void>;
};

type ErrorName =
  | "validation_error"
  | "missing_required_field"
  | "missing_api_key"
  | "invalid_api_key"
  | "invalid_idempotency_key"
  | "invalid_idempotent_request"
  | "not_found"
  | "method_not_allowed"
  | "rate_limit_exceeded"
  | "internal_server_error"
  | "application_error";

type Reply = { status: number; body: unknown; headers?: Record<string, string> };

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorName: ErrorName,
    message: string,
  ) {
    super(message);
  }
}

const MAX_RECIPIENTS = 50;
const MAX_BATCH = 100;
const MAX_IDEMPOTENCY_KEY = 256;

function errorReply(status: number, name: ErrorName, message: string, headers?: Record<string, string>): Reply {
  return { status, body: { statusCode: status, name, message }, headers };
}

function injectedFailure(status: number, retryAfterSeconds: number): Reply {
  if (status === 429) {
    return errorReply(
      429,
      "rate_limit_exceeded",
      "Too many requests. You can only make 2 requests per second. See rate limit response headers for more information. Or contact support to increase rate limit.",
      {
        "retry-after": String(retryAfterSeconds),
        "ratelimit-limit": "2",
        "ratelimit-remaining": "0",
        "ratelimit-reset": String(retryAfterSeconds),
      },
    );
  }
  if (status === 500) return errorReply(500, "internal_server_error", "An unexpected error occurred.");
  return errorReply(status, "application_error", "Internal server error. We are unable to process your request right now, please try again later.");
}

// "someone@example.com" or "Some One <someone@example.com>"
const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const NAMED_ADDRESS = /^[^<>]*<([^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)>$/;

function bareAddress(value: string): string | null {
  const trimmed = value.trim();
  if (ADDRESS.test(trimmed)) return trimmed.toLowerCase();
  const named = NAMED_ADDRESS.exec(trimmed);
  return named?.[1] ? named[1].toLowerCase() : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function addressList(field: string, value: unknown, options: { required: boolean; max?: number }): string[] | undefined {
  if (!present(value) || value === "" || (Array.isArray(value) && value.length === 0)) {
    if (options.required) throw new HttpError(422, "missing_required_field", `Missing \`${field}\` field.`);
    return undefined;
  }
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || !list.every((v): v is string => typeof v === "string")) {
    throw new HttpError(422, "validation_error", `Invalid \`${field}\` field. It must be a string or an array of strings.`);
  }
  if (options.max !== undefined && list.length > options.max) {
    throw new HttpError(422, "validation_error", `Invalid \`${field}\` field. A maximum of ${options.max} recipients is allowed.`);
  }
  for (const address of list) {
    if (bareAddress(address) === null) {
      throw new HttpError(
        422,
        "validation_error",
        `Invalid \`${field}\` field. The email address needs to follow the \`email@example.com\` or \`Name <email@example.com>\` format.`,
      );
    }
  }
  return list;
}

function optionalString(field: string, value: unknown): string | undefined {
  if (!present(value)) return undefined;
  if (typeof value !== "string") throw new HttpError(422, "validation_error", `Invalid \`${field}\` field. It must be a string.`);
  return value;
}

/** Validates one email object as POST /emails does; returns it without id/idempotency fields. */
function parseEmail(input: unknown, { inBatch }: { inBatch: boolean }): Omit<FakeEmail, "id"> {
  if (!isRecord(input)) throw new HttpError(422, "validation_error", "The email must be a JSON object.");

  if (!present(input.from) || input.from === "") throw new HttpError(422, "missing_required_field", "Missing `from` field.");
  if (typeof input.from !== "string" || bareAddress(input.from) === null) {
    throw new HttpError(
      422,
      "validation_error",
      "Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.",
    );
  }
  const to = addressList("to", input.to, { required: true, max: MAX_RECIPIENTS }) ?? [];
  const cc = addressList("cc", input.cc, { required: false });
  const bcc = addressList("bcc", input.bcc, { required: false });

  if (!present(input.subject) || input.subject === "") throw new HttpError(422, "missing_required_field", "Missing `subject` field.");
  if (typeof input.subject !== "string") throw new HttpError(422, "validation_error", "Invalid `subject` field. It must be a string.");

  const html = optionalString("html", input.html);
  const text = optionalString("text", input.text);
  if (!html && !text) throw new HttpError(422, "validation_error", "Missing `html` or `text` field.");

  let headers: Record<string, string> | undefined;
  if (present(input.headers)) {
    if (!isRecord(input.headers) || !Object.values(input.headers).every((v) => typeof v === "string")) {
      throw new HttpError(422, "validation_error", "Invalid `headers` field. It must be an object of string values.");
    }
    headers = { ...(input.headers as Record<string, string>) };
  }

  let replyTo: string | string[] | undefined;
  if (present(input.reply_to)) {
    addressList("reply_to", input.reply_to, { required: false });
    replyTo = input.reply_to as string | string[];
  }

  if (present(input.tags)) {
    const tagPart = /^[A-Za-z0-9_-]{1,256}$/;
    const valid =
      Array.isArray(input.tags) &&
      input.tags.every((t) => isRecord(t) && typeof t.name === "string" && tagPart.test(t.name) && typeof t.value === "string" && tagPart.test(t.value));
    if (!valid) {
      throw new HttpError(
        422,
        "validation_error",
        "Invalid `tags` field. Tags are `{ name, value }` of ASCII letters, numbers, underscores or dashes (max 256 characters).",
      );
    }
  }

  if (inBatch && present(input.attachments)) throw new HttpError(422, "validation_error", "Attachments are not supported in the batch endpoint.");
  if (inBatch && present(input.scheduled_at)) throw new HttpError(422, "validation_error", "`scheduled_at` is not supported in the batch endpoint.");

  const email: Omit<FakeEmail, "id"> = { from: input.from, to, subject: input.subject };
  if (html !== undefined) email.html = html;
  if (text !== undefined) email.text = text;
  if (cc) email.cc = cc;
  if (bcc) email.bcc = bcc;
  if (headers) email.headers = headers;
  if (replyTo !== undefined) email.reply_to = replyTo;
  if (present(input.tags)) email.tags = input.tags;
  return email;
}

/** JSON with sorted object keys, so two equal payloads compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export async function startFakeResend(options: { apiKey?: string } = {}): Promise<FakeResend> {
  const emails: FakeEmail[] = [];
  const requests: FakeRequest[] = [];
  // Idempotency-Key → the request it was first used with and the successful reply it got.
  const idempotency = new Map<string, { fingerprint: string; reply: Reply }>();
  let pendingFailures: { status: number; remaining: number; retryAfterSeconds: number }[] = [];
  let downStatus: number | null = null;

  function authenticate(req: http.IncomingMessage): Reply | null {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
    if (!match)
      return errorReply(
        401,
        "missing_api_key",
        "Missing API key in the authorization header. Include the following header in the request: Authorization: Bearer YOUR_API_KEY",
      );
    if (options.apiKey !== undefined && match[1] !== options.apiKey) return errorReply(403, "invalid_api_key", "API key is invalid.");
    return null;
  }

  function accept(path: string, payload: unknown, batchMode: string, idempotencyKey: string | undefined): Reply {
    if (path === "/emails") {
      const email: FakeEmail = { id: crypto.randomUUID(), ...parseEmail(payload, { inBatch: false }) };
      if (idempotencyKey !== undefined) email.idempotencyKey = idempotencyKey;
      emails.push(email);
      return { status: 200, body: { id: email.id } };
    }

    if (!Array.isArray(payload)) throw new HttpError(422, "validation_error", "The batch body must be an array of emails.");
    if (payload.length === 0) throw new HttpError(422, "validation_error", "The batch must contain at least 1 email.");
    if (payload.length > MAX_BATCH) {
      throw new HttpError(422, "validation_error", `Too many emails in the batch: ${payload.length}. The maximum is ${MAX_BATCH}.`);
    }
    const parsed: (Omit<FakeEmail, "id"> | null)[] = [];
    const errors: { index: number; message: string }[] = [];
    payload.forEach((item, index) => {
      try {
        parsed.push(parseEmail(item, { inBatch: true }));
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        if (batchMode !== "permissive") throw new HttpError(error.status, error.errorName, `emails[${index}]: ${error.message}`);
        errors.push({ index, message: error.message });
        parsed.push(null);
      }
    });
    const batchId = crypto.randomUUID();
    const data: { id: string }[] = [];
    for (const item of parsed) {
      if (!item) continue;
      const email: FakeEmail = { id: crypto.randomUUID(), ...item, batchId };
      if (idempotencyKey !== undefined) email.idempotencyKey = idempotencyKey;
      emails.push(email);
      data.push({ id: email.id });
    }
    return { status: 200, body: batchMode === "permissive" ? { data, errors } : { data } };
  }

  async function handle(req: http.IncomingMessage, path: string, idempotencyKey: string | undefined): Promise<Reply> {
    const method = req.method ?? "GET";
    const raw = await readBody(req);
    const sendPath = path === "/emails" || path === "/emails/batch";

    if (downStatus !== null) return injectedFailure(downStatus, 1);
    if (sendPath) {
      const failure = pendingFailures[0];
      if (failure) {
        failure.remaining -= 1;
        if (failure.remaining <= 0) pendingFailures.shift();
        return injectedFailure(failure.status, failure.retryAfterSeconds);
      }
    }

    const denied = authenticate(req);
    if (denied) return denied;

    if (!sendPath) return errorReply(404, "not_found", "The requested endpoint does not exist.");
    if (method !== "POST") return errorReply(405, "method_not_allowed", "Method is not allowed for the requested path.");

    if (idempotencyKey !== undefined && (idempotencyKey.length < 1 || idempotencyKey.length > MAX_IDEMPOTENCY_KEY)) {
      return errorReply(400, "invalid_idempotency_key", "The key must be between 1-256 chars.");
    }

    let payload: unknown;
    try {
      payload = JSON.parse(raw);
    } catch {
      return errorReply(400, "validation_error", "Invalid JSON in the request body.");
    }

    const fingerprint = `${path} ${canonical(payload)}`;
    if (idempotencyKey !== undefined) {
      const previous = idempotency.get(idempotencyKey);
      if (previous && previous.fingerprint !== fingerprint) {
        return errorReply(409, "invalid_idempotent_request", "Same idempotency key used with a different request payload.");
      }
      if (previous) return previous.reply;
    }

    let reply: Reply;
    try {
      reply = accept(path, payload, String(req.headers["x-batch-validation"] ?? "strict"), idempotencyKey);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      return errorReply(error.status, error.errorName, error.message);
    }
    // Only successful sends claim the key, so a rejected or failed request can be retried with it.
    if (idempotencyKey !== undefined && reply.status < 300) idempotency.set(idempotencyKey, { fingerprint, reply });
    return reply;
  }

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://fake-resend").pathname.replace(/\/+$/, "") || "/";
    const header = req.headers["idempotency-key"];
    const idempotencyKey = Array.isArray(header) ? header[0] : header;
    const entry: FakeRequest = { method: req.method ?? "GET", path, status: 0 };
    if (idempotencyKey !== undefined) entry.idempotencyKey = idempotencyKey;
    requests.push(entry);

    handle(req, path, idempotencyKey)
      .catch((error: unknown) => errorReply(500, "internal_server_error", `Fake Resend crashed: ${String(error)}`))
      .then((reply) => {
        entry.status = reply.status;
        res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
        res.end(JSON.stringify(reply.body));
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
    emails,
    requests,
    failNext(status, count = 1, retryAfterSeconds = 1) {
      if (count > 0) pendingFailures.push({ status, remaining: count, retryAfterSeconds });
    },
    down(status = 503) {
      downStatus = status;
    },
    healthy() {
      downStatus = null;
    },
    sentTo(address) {
      const wanted = bareAddress(address) ?? address.trim().toLowerCase();
      return emails.filter((e) => e.to.some((to) => bareAddress(to) === wanted));
    },
    reset() {
      emails.length = 0;
      requests.length = 0;
      idempotency.clear();
      pendingFailures = [];
      downStatus = null;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

// ── Webhooks ─────────────────────────────────────────────────────────────────────────────────
// Resend signs its webhooks the Svix way (Standard Webhooks): `svix-id`, `svix-timestamp` and
// `svix-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, keyed with the base64 secret
// after "whsec_". These build the events Resend would send about an email the fake accepted.

export type FakeWebhookEvent = {
  type: "email.sent" | "email.delivered" | "email.bounced" | "email.complained" | "email.opened";
  created_at: string;
  data: Record<string, unknown>;
};

/** The event Resend sends about `email` (one the fake accepted), e.g. a permanent bounce. */
export function webhookEventFor(
  email: Pick<FakeEmail, "id" | "from" | "to" | "subject">,
  type: FakeWebhookEvent["type"],
  options: { at?: Date; bounce?: { type: "Permanent" | "Transient" | "Undetermined"; subType: string; message: string } } = {},
): FakeWebhookEvent {
  const at = (options.at ?? new Date()).toISOString();
  return {
    type,
    created_at: at,
    data: {
      created_at: at,
      email_id: email.id,
      message_id: `<${email.id}@resend.example>`,
      from: email.from,
      to: email.to,
      subject: email.subject,
      ...(type === "email.bounced"
        ? { bounce: options.bounce ?? { type: "Permanent", subType: "General", message: "The recipient's mailbox does not exist." } }
        : {}),
    },
  };
}

/** A webhook delivery as Resend makes it: the exact body and its signature headers. */
export function signedWebhook(
  secret: string,
  event: FakeWebhookEvent,
  options: { id?: string; timestamp?: number } = {},
): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify(event);
  const id = options.id ?? `msg_${crypto.randomBytes(12).toString("hex")}`;
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signature = crypto.createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return { body, headers: { "content-type": "application/json", "svix-id": id, "svix-timestamp": timestamp, "svix-signature": `v1,${signature}` } };
}
