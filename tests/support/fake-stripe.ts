// A local stand-in for the parts of Stripe's v1 HTTP API the donation flow uses, enough for the
// real `stripe` SDK to talk to it unchanged:
//   new Stripe(key, { host: fake.host, port: fake.port, protocol: "http", maxNetworkRetries: 0 })
//
// Speaks what the SDK sends and expects: application/x-www-form-urlencoded bodies in bracket
// notation (`line_items[0][price_data][unit_amount]=2500`, every number and boolean a string),
// query strings on GET, `Authorization: Bearer <key>`, `Idempotency-Key` (the SDK adds a random
// `stripe-node-retry-<uuid>` to every POST that has none), `Stripe-Version`, and Stripe's error body
// `{ error: { type, code, message, param, doc_url } }`. The SDK picks its error class from the HTTP
// status (400/404 → StripeInvalidRequestError, or StripeIdempotencyError when type is
// idempotency_error; 401 → StripeAuthenticationError; 429 → StripeRateLimitError; 5xx/409 →
// StripeAPIError), so statuses and types below follow the live API, not older docs: a bad key is
// 401 with type invalid_request_error, a rate limit is 429 invalid_request_error/code rate_limit.
//
// Endpoints: POST /v1/checkout/sessions, GET /v1/checkout/sessions/:id,
// POST /v1/checkout/sessions/:id/expire, GET /v1/payment_intents/:id, GET /v1/subscriptions/:id,
// POST /v1/billing_portal/sessions, and webhook endpoints (POST/GET /v1/webhook_endpoints,
// GET/POST/DELETE /v1/webhook_endpoints/:id; see the block near the end). Anything else is
// Stripe's "Unrecognized request URL" 404.
// Test-only helpers (plain functions, not HTTP): complete(), addCustomer(), sessionObject(), event().
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { keepIdleConnections } from "../../lib/http/keep-alive";

export type FakeCheckoutSession = {
  id: string;
  object: "checkout.session";
  /** The hosted page; the API itself answers `url: null` once the session is no longer open, as Stripe does. */
  url: string;
  mode: "payment" | "subscription";
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid" | "no_payment_required";
  amount_subtotal: number;
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  /** Empty values are dropped, as Stripe treats `metadata[key]=` as "unset". */
  metadata: Record<string, string>;
  customer: string | null;
  customer_email: string | null;
  /** Set by complete(): what the donor typed on Stripe's page. */
  customer_details: { email: string | null; name: string | null } | null;
  payment_intent: string | null;
  subscription: string | null;
  /** Subscription mode: the first invoice, set by complete(). */
  invoice: string | null;
  success_url: string;
  cancel_url: string | null;
  submit_type: string | null;
  created: number;
  expires_at: number;
  /** The decoded request params, nested (qs-style), every leaf a string as Stripe receives it. */
  params: Record<string, unknown>;
};

export type FakePaymentIntent = {
  id: string;
  object: "payment_intent";
  amount: number;
  amount_received: number;
  currency: string;
  status: "succeeded" | "processing";
  customer: string | null;
  description: string | null;
  receipt_email: string | null;
  /** `payment_intent_data[metadata]` of the session that created it. */
  metadata: Record<string, string>;
  created: number;
};

export type FakeSubscription = {
  id: string;
  object: "subscription";
  customer: string;
  status: "active" | "incomplete";
  currency: string;
  latest_invoice: string;
  /** `subscription_data[metadata]` of the session that created it. */
  metadata: Record<string, string>;
  created: number;
};

export type FakeStripeRequest = {
  method: string;
  path: string;
  idempotencyKey?: string;
  /** The Stripe-Version header the client sent (the SDK always sends one). */
  stripeVersion?: string;
  /** The HTTP status the fake answered; 0 while the request is still in flight (see delay()). */
  status: number;
  /** Decoded body (POST) or query string (GET), nested, leaves as strings. */
  params: Record<string, unknown>;
};

export type FakeStripeEvent = {
  id: string;
  object: "event";
  api_version: string | null;
  created: number;
  data: { object: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: null; idempotency_key: null };
  type: string;
};

export type FakeStripe = {
  /** http://127.0.0.1:<port>. The SDK wants host/port/protocol rather than a URL. */
  url: string;
  host: string;
  port: number;
  /** Every session created, in order (idempotent replays add nothing). Live objects. */
  sessions: FakeCheckoutSession[];
  paymentIntents: FakePaymentIntent[];
  subscriptions: FakeSubscription[];
  /** Webhook endpoints, oldest first, deleted ones removed. Live objects. */
  webhookEndpoints: FakeWebhookEndpoint[];
  /** Every request in arrival order, with the status the fake answered. */
  requests: FakeStripeRequest[];
  /**
   * The next `count` requests (any route, before auth) fail with `status` and Stripe's error body
   * for it: 429 → invalid_request_error/rate_limit, 5xx → api_error, 402 → card_error, 409 →
   * invalid_request_error/lock_timeout, others → invalid_request_error. The idempotency key of a
   * failed request is not stored, so a retry with it goes through.
   */
  failNext(status: number, count?: number): void;
  /** Every later response waits `ms` first (simulates slow Stripe); delay(0) resets. */
  delay(ms: number): void;
  /**
   * What happens on Stripe's hosted page: marks the session complete and creates, in payment mode,
   * a PaymentIntent `pi_test_…` (none when the total is 0), or in subscription mode a customer
   * `cus_test_…` (unless the session named one), a subscription `sub_test_…` and an invoice id.
   * `paid: false` leaves payment_status "unpaid" (a delayed payment method). Returns the updated
   * session; sessionObject(id) gives its API JSON, for building checkout.session.completed events.
   * Throws if the session is unknown or not open.
   */
  complete(sessionId: string, options?: { paid?: boolean; email?: string; name?: string }): FakeCheckoutSession;
  /** Registers a customer id (random `cus_test_…` if omitted) so `customer=` params and the billing portal accept it. */
  addCustomer(id?: string): string;
  /** The session exactly as GET /v1/checkout/sessions/:id would return it. Throws if unknown. */
  sessionObject(sessionId: string): Record<string, unknown>;
  /** A Stripe event envelope around `object`, e.g. event("checkout.session.completed", fake.sessionObject(id)). */
  event(type: string, object: Record<string, unknown>): FakeStripeEvent;
  /** Forget everything: sessions, objects, customers, requests, idempotency keys, failures, delay. */
  reset(): void;
  close(): Promise<void>;
};

type StripeErrorType = "api_error" | "card_error" | "idempotency_error" | "invalid_request_error";

type StripeErrorBody = {
  type: StripeErrorType;
  message: string;
  code?: string;
  param?: string;
  doc_url?: string;
};

type Reply = { status: number; body: unknown; headers?: Record<string, string> };

class StripeHttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: StripeErrorType,
    message: string,
    readonly extra: { code?: string; param?: string; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }
}

function errorReply(error: StripeHttpError): Reply {
  const body: StripeErrorBody = { type: error.type, message: error.message };
  if (error.extra.code !== undefined) {
    body.code = error.extra.code;
    body.doc_url = `https://stripe.com/docs/error-codes/${error.extra.code.replace(/_/g, "-")}`;
  }
  if (error.extra.param !== undefined) body.param = error.extra.param;
  return { status: error.status, body: { error: body }, headers: error.extra.headers };
}

const invalid = (message: string, param?: string, code?: string) => new StripeHttpError(400, "invalid_request_error", message, { param, code });
const missing = (param: string) => invalid(`Missing required param: ${param}.`, param, "parameter_missing");
const noSuch = (kind: string, id: string, param: string) =>
  new StripeHttpError(404, "invalid_request_error", `No such ${kind}: '${id}'`, { param, code: "resource_missing" });

function injectedFailure(status: number): StripeHttpError {
  if (status === 429) {
    return new StripeHttpError(
      429,
      "invalid_request_error",
      "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.",
      { code: "rate_limit" },
    );
  }
  if (status >= 500) return new StripeHttpError(status, "api_error", "An unknown error occurred");
  if (status === 402) return new StripeHttpError(402, "card_error", "Your card was declined.", { code: "card_declined" });
  if (status === 409) {
    return new StripeHttpError(
      409,
      "invalid_request_error",
      "This object cannot be accessed right now because another API request or Stripe process is currently accessing it.",
      { code: "lock_timeout" },
    );
  }
  if (status === 401)
    return new StripeHttpError(401, "invalid_request_error", "Invalid API Key provided: sk_test_********", {
      headers: { "www-authenticate": 'Bearer realm="Stripe"' },
    });
  return new StripeHttpError(status, "invalid_request_error", `Injected failure (status ${status}).`);
}

// ---------------------------------------------------------------------------------------------
// Form decoding: `a[b][0][c]=1` → { a: { b: [{ c: "1" }] } }. Leaves stay strings.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Own-property set that cannot reach Object.prototype, whatever the key ("__proto__" included). */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function own(target: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(target, key) ? target[key] : undefined;
}

function keySegments(key: string): string[] {
  const open = key.indexOf("[");
  if (open <= 0) return [key];
  const rest = key.slice(open);
  if (!/^(\[[^[\]]*\])+$/.test(rest)) return [key];
  return [key.slice(0, open), ...Array.from(rest.matchAll(/\[([^[\]]*)\]/g), (m) => m[1] ?? "")];
}

/** Objects whose keys are all indices become arrays, as qs does; metadata keeps its keys as written. */
function arrayify(value: unknown, key: string): unknown {
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  for (const k of keys) put(value, k, arrayify(value[k], k));
  if (key === "metadata" || keys.length === 0 || !keys.every((k) => /^\d+$/.test(k))) return value;
  return keys
    .map((k) => [Number(k), value[k]] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, v]) => v);
}

export function decodeStripeParams(encoded: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(encoded)) {
    const segments = keySegments(key);
    let node = root;
    for (let i = 0; i < segments.length; i++) {
      let segment = segments[i] ?? "";
      // `expand[]=a&expand[]=b`: empty brackets append.
      if (segment === "" && i > 0) segment = String(Object.keys(node).length);
      const last = i === segments.length - 1;
      const existing = own(node, segment);
      if (last) {
        if (isRecord(existing)) throw invalid(`Invalid value for ${key}: it was also sent as a hash.`, key);
        put(node, segment, value);
      } else if (existing === undefined) {
        const child: Record<string, unknown> = {};
        put(node, segment, child);
        node = child;
      } else if (isRecord(existing)) {
        node = existing;
      } else if (existing === "") {
        // `metadata=` then `metadata[a]=1`: the empty value just means "unset".
        const child: Record<string, unknown> = {};
        put(node, segment, child);
        node = child;
      } else {
        throw invalid(`Invalid hash: ${segments.slice(0, i + 1).join("][")} was also sent as a string.`, key);
      }
    }
  }
  for (const k of Object.keys(root)) put(root, k, arrayify(root[k], k));
  return root;
}

/** JSON with sorted object keys, so equal params compare equal whatever order they came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

// ---------------------------------------------------------------------------------------------
// Param readers. `path` is the bracketed name Stripe reports in `param`.

function rejectUnknown(value: Record<string, unknown>, allowed: readonly string[], path: (key: string) => string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw invalid(`Received unknown parameter: ${path(key)}`, path(key));
  }
}

function readString(value: unknown, param: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalid(`Invalid string: ${JSON.stringify(value)}`, param);
  return value;
}

function readHash(value: unknown, param: string): Record<string, unknown> | undefined {
  if (value === undefined || value === "") return undefined;
  if (!isRecord(value)) throw invalid(`Invalid object`, param);
  return value;
}

function readInteger(value: unknown, param: string, { min = 0 }: { min?: number } = {}): number | undefined {
  const text = readString(value, param);
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text)) throw invalid(`Invalid integer: ${text}`, param);
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw invalid(`Invalid integer: ${text}`, param);
  if (n < min) throw invalid(`This value must be greater than or equal to ${min}.`, param);
  return n;
}

function readEnum<T extends string>(value: unknown, param: string, allowed: readonly T[]): T | undefined {
  const text = readString(value, param);
  if (text === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(text)) {
    throw invalid(`Invalid ${param}: must be one of ${allowed.join(", ")}`, param);
  }
  return text as T;
}

function readUrl(value: unknown, param: string): string | undefined {
  const text = readString(value, param);
  if (text === undefined) return undefined;
  let ok = false;
  try {
    const url = new URL(text);
    ok = url.protocol === "http:" || url.protocol === "https:";
  } catch {
    ok = false;
  }
  if (!ok) throw invalid("Not a valid URL", param, "url_invalid");
  return text;
}

/** Stripe's metadata rules: ≤ 50 keys, keys ≤ 40 chars without brackets, string values ≤ 500 chars; "" unsets. */
function readMetadata(value: unknown, param: string): Record<string, string> {
  if (value === undefined || value === "") return {};
  if (!isRecord(value)) throw invalid(`Invalid object`, param);
  const out: Record<string, string> = {};
  const keys = Object.keys(value);
  if (keys.length > 50) throw invalid("Invalid metadata: metadata can have up to 50 keys.", param);
  for (const key of keys) {
    const entry = value[key];
    if (key.length > 40) throw invalid(`Invalid metadata: keys can be at most 40 characters long (${key}).`, `${param}[${key}]`);
    if (typeof entry !== "string") throw invalid(`Invalid metadata: values must be strings (${key}).`, `${param}[${key}]`);
    if (entry.length > 500) throw invalid(`Invalid metadata: values can be at most 500 characters long (${key}).`, `${param}[${key}]`);
    if (entry !== "") put(out, key, entry);
  }
  return out;
}

// Top-level and nested params Checkout accepts at the SDK's pinned API version (from its types).
const SESSION_PARAMS = [
  "adaptive_pricing",
  "after_expiration",
  "allow_promotion_codes",
  "allowed_payment_method_types",
  "automatic_tax",
  "billing_address_collection",
  "branding_settings",
  "cancel_url",
  "client_reference_id",
  "consent_collection",
  "currency",
  "custom_fields",
  "custom_text",
  "customer",
  "customer_account",
  "customer_creation",
  "customer_email",
  "customer_update",
  "discounts",
  "excluded_payment_method_types",
  "expand",
  "expires_at",
  "integration_identifier",
  "invoice_creation",
  "line_items",
  "locale",
  "managed_payments",
  "metadata",
  "mode",
  "name_collection",
  "optional_items",
  "origin_context",
  "payment_intent_data",
  "payment_method_collection",
  "payment_method_configuration",
  "payment_method_data",
  "payment_method_options",
  "permissions",
  "phone_number_collection",
  "redirect_on_completion",
  "return_url",
  "saved_payment_method_options",
  "setup_intent_data",
  "shipping_address_collection",
  "shipping_options",
  "submit_type",
  "subscription_data",
  "success_url",
  "tax_id_collection",
  "ui_mode",
  "wallet_options",
] as const;
const LINE_ITEM_PARAMS = ["adjustable_quantity", "metadata", "price", "price_data", "quantity", "tax_rates"] as const;
const PRICE_DATA_PARAMS = ["currency", "product", "product_data", "recurring", "tax_behavior", "unit_amount", "unit_amount_decimal"] as const;
const PRODUCT_DATA_PARAMS = ["description", "images", "metadata", "name", "tax_code", "tax_details", "unit_label"] as const;
const RECURRING_PARAMS = ["interval", "interval_count"] as const;
const PAYMENT_INTENT_DATA_PARAMS = [
  "application_fee_amount",
  "capture_method",
  "description",
  "metadata",
  "on_behalf_of",
  "receipt_email",
  "setup_future_usage",
  "shipping",
  "statement_descriptor",
  "statement_descriptor_suffix",
  "transfer_data",
  "transfer_group",
] as const;
const SUBSCRIPTION_DATA_PARAMS = [
  "application_fee_percent",
  "billing_cycle_anchor",
  "billing_cycle_anchor_config",
  "billing_mode",
  "default_tax_rates",
  "description",
  "invoice_settings",
  "metadata",
  "on_behalf_of",
  "pending_invoice_item_interval",
  "proration_behavior",
  "transfer_data",
  "trial_end",
  "trial_period_days",
  "trial_settings",
] as const;
const PORTAL_PARAMS = [
  "after_expiration",
  "configuration",
  "customer",
  "customer_account",
  "expand",
  "flow_data",
  "locale",
  "on_behalf_of",
  "return_url",
] as const;

// Stripe's minimum and maximum charge amounts, in the currency's smallest unit.
const MINIMUM_CHARGE: Record<string, number> = { gbp: 30, usd: 50, eur: 50, cad: 50, aud: 50, nzd: 50, chf: 50 };
const MAXIMUM_AMOUNT = 99_999_999;

function formatMinor(amount: number, currency: string): string {
  const symbol: Record<string, string> = { gbp: "£", usd: "$", eur: "€" };
  return `${symbol[currency] ?? ""}${(amount / 100).toFixed(2)} ${currency}`;
}

const now = () => Math.floor(Date.now() / 1000);

function randomId(prefix: string, length = 24): string {
  const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  const bytes = crypto.randomBytes(length);
  let out = "";
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return `${prefix}${out}`;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function maskKey(key: string): string {
  const prefix = /^(sk|rk|pk)_(test|live)_/.exec(key)?.[0] ?? "";
  return `${prefix}${"*".repeat(Math.max(0, key.length - prefix.length - 4))}${key.slice(-4)}`;
}

type Route =
  | { kind: "createSession" }
  | { kind: "getSession"; id: string }
  | { kind: "expireSession"; id: string }
  | { kind: "getPaymentIntent"; id: string }
  | { kind: "getSubscription"; id: string }
  | { kind: "createPortalSession" }
  | WebhookEndpointRoute;

function matchRoute(method: string, path: string): Route | null {
  const segment = "([^/]+)";
  const id = (m: RegExpExecArray) => decodeURIComponent(m[1] ?? "");
  let m: RegExpExecArray | null;
  if (method === "POST" && path === "/v1/checkout/sessions") return { kind: "createSession" };
  if (method === "GET" && (m = new RegExp(`^/v1/checkout/sessions/${segment}$`).exec(path))) return { kind: "getSession", id: id(m) };
  if (method === "POST" && (m = new RegExp(`^/v1/checkout/sessions/${segment}/expire$`).exec(path))) return { kind: "expireSession", id: id(m) };
  if (method === "GET" && (m = new RegExp(`^/v1/payment_intents/${segment}$`).exec(path))) return { kind: "getPaymentIntent", id: id(m) };
  if (method === "GET" && (m = new RegExp(`^/v1/subscriptions/${segment}$`).exec(path))) return { kind: "getSubscription", id: id(m) };
  if (method === "POST" && path === "/v1/billing_portal/sessions") return { kind: "createPortalSession" };
  return matchWebhookEndpointRoute(method, path);
}

export async function startFakeStripe(options: { secretKey?: string; accountApiVersion?: string } = {}): Promise<FakeStripe> {
  const webhookEndpoints = webhookEndpointStore(options.accountApiVersion ?? DEFAULT_ACCOUNT_API_VERSION);
  const sessions: FakeCheckoutSession[] = [];
  const paymentIntents: FakePaymentIntent[] = [];
  const subscriptions: FakeSubscription[] = [];
  const requests: FakeStripeRequest[] = [];
  const customers = new Set<string>();
  // "<api key>\0<idempotency key>" → what it was first used for and the reply it got.
  const idempotency = new Map<string, { method: string; path: string; fingerprint: string; reply: Reply; requestId: string }>();
  const inFlight = new Set<string>();
  let failures: { status: number; remaining: number }[] = [];
  let delayMs = 0;
  let lastStripeVersion: string | null = null;

  function findSession(id: string): FakeCheckoutSession | undefined {
    return sessions.find((s) => s.id === id);
  }

  function sessionJson(s: FakeCheckoutSession): Record<string, unknown> {
    return {
      id: s.id,
      object: s.object,
      adaptive_pricing: null,
      after_expiration: null,
      allow_promotion_codes: null,
      amount_subtotal: s.amount_subtotal,
      amount_total: s.amount_total,
      automatic_tax: { enabled: false, liability: null, provider: null, status: null },
      billing_address_collection: null,
      cancel_url: s.cancel_url,
      client_reference_id: s.client_reference_id,
      client_secret: null,
      collected_information: null,
      consent: null,
      consent_collection: null,
      created: s.created,
      currency: s.currency,
      currency_conversion: null,
      custom_fields: [],
      custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
      customer: s.customer,
      customer_account: null,
      customer_creation: s.mode === "payment" ? (readString(s.params.customer_creation, "customer_creation") ?? "if_required") : null,
      customer_details: s.customer_details
        ? {
            address: null,
            business_name: null,
            email: s.customer_details.email,
            individual_name: null,
            name: s.customer_details.name,
            phone: null,
            tax_exempt: "none",
            tax_ids: [],
          }
        : null,
      customer_email: s.customer_email,
      discounts: [],
      expires_at: s.expires_at,
      integration_identifier: null,
      invoice: s.invoice,
      invoice_creation: null,
      livemode: false,
      locale: null,
      managed_payments: null,
      metadata: { ...s.metadata },
      mode: s.mode,
      origin_context: null,
      payment_intent: s.payment_intent,
      payment_link: null,
      payment_method_collection: s.mode === "subscription" ? "always" : null,
      payment_method_configuration_details: null,
      payment_method_options: {},
      payment_method_types: ["card"],
      payment_status: s.payment_status,
      permissions: null,
      recovered_from: null,
      saved_payment_method_options: null,
      setup_intent: null,
      shipping_address_collection: null,
      shipping_cost: null,
      shipping_options: [],
      status: s.status,
      submit_type: s.submit_type,
      subscription: s.subscription,
      success_url: s.success_url,
      total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
      ui_mode: "hosted_page",
      url: s.status === "open" ? s.url : null,
      wallet_options: null,
    };
  }

  function paymentIntentJson(pi: FakePaymentIntent): Record<string, unknown> {
    return {
      ...pi,
      metadata: { ...pi.metadata },
      amount_capturable: 0,
      capture_method: "automatic_async",
      client_secret: `${pi.id}_secret_${randomId("", 16)}`,
      confirmation_method: "automatic",
      latest_charge: pi.status === "succeeded" ? `ch_test_${pi.id.slice("pi_test_".length)}` : null,
      livemode: false,
      payment_method_types: ["card"],
    };
  }

  function subscriptionJson(sub: FakeSubscription): Record<string, unknown> {
    return {
      ...sub,
      metadata: { ...sub.metadata },
      cancel_at_period_end: false,
      canceled_at: null,
      collection_method: "charge_automatically",
      livemode: false,
    };
  }

  function createSession(p: Record<string, unknown>): FakeCheckoutSession {
    rejectUnknown(p, SESSION_PARAMS, (k) => k);

    const mode = readEnum(p.mode, "mode", ["payment", "setup", "subscription"] as const);
    if (mode === undefined) throw missing("mode");
    if (mode === "setup") throw invalid("fake-stripe supports only mode=payment and mode=subscription.", "mode");
    const uiMode = readString(p.ui_mode, "ui_mode");
    if (uiMode !== undefined && uiMode !== "hosted_page") {
      if (!["elements", "embedded_page", "form"].includes(uiMode))
        throw invalid("Invalid ui_mode: must be one of elements, embedded_page, form, or hosted_page", "ui_mode");
      throw invalid("fake-stripe supports only ui_mode=hosted_page.", "ui_mode");
    }
    const successUrl = readUrl(p.success_url, "success_url");
    if (successUrl === undefined) throw missing("success_url");
    const cancelUrl = readUrl(p.cancel_url, "cancel_url") ?? null;

    if (p.line_items === undefined || p.line_items === "") throw missing("line_items");
    if (!Array.isArray(p.line_items)) throw invalid("Invalid array", "line_items");
    if (p.line_items.length === 0) throw invalid("line_items must contain at least one item.", "line_items");
    if (p.line_items.length > 100) throw invalid("line_items can contain at most 100 items.", "line_items");

    let currency: string | undefined;
    let total = 0;
    let recurringItems = 0;
    p.line_items.forEach((raw: unknown, i) => {
      const at = `line_items[${i}]`;
      if (!isRecord(raw)) throw invalid("Invalid object", at);
      rejectUnknown(raw, LINE_ITEM_PARAMS, (k) => `${at}[${k}]`);
      const price = readString(raw.price, `${at}[price]`);
      if (price !== undefined) throw noSuch("price", price, `${at}[price]`);
      const priceData = readHash(raw.price_data, `${at}[price_data]`);
      if (!priceData) throw invalid(`You must specify either \`price\` or \`price_data\` in ${at}.`, `${at}[price_data]`);
      const pd = `${at}[price_data]`;
      rejectUnknown(priceData, PRICE_DATA_PARAMS, (k) => `${pd}[${k}]`);

      const itemCurrency = readString(priceData.currency, `${pd}[currency]`)?.toLowerCase();
      if (itemCurrency === undefined) throw missing(`${pd}[currency]`);
      if (!/^[a-z]{3}$/.test(itemCurrency)) throw invalid(`Invalid currency: ${itemCurrency}.`, `${pd}[currency]`);
      if (currency !== undefined && currency !== itemCurrency) {
        throw invalid(`All line items must use the same currency; ${at} uses ${itemCurrency} but an earlier item uses ${currency}.`, `${pd}[currency]`);
      }
      currency = itemCurrency;

      const product = readString(priceData.product, `${pd}[product]`);
      if (product !== undefined) throw noSuch("product", product, `${pd}[product]`);
      const productData = readHash(priceData.product_data, `${pd}[product_data]`);
      if (!productData) throw invalid(`You must specify either \`product\` or \`product_data\` in ${pd}.`, `${pd}[product_data]`);
      rejectUnknown(productData, PRODUCT_DATA_PARAMS, (k) => `${pd}[product_data][${k}]`);
      const name = readString(productData.name, `${pd}[product_data][name]`);
      if (name === undefined || name === "") throw missing(`${pd}[product_data][name]`);
      readMetadata(productData.metadata, `${pd}[product_data][metadata]`);
      readMetadata(raw.metadata, `${at}[metadata]`);

      const unitAmount = readInteger(priceData.unit_amount, `${pd}[unit_amount]`);
      const decimalText = readString(priceData.unit_amount_decimal, `${pd}[unit_amount_decimal]`);
      if (unitAmount !== undefined && decimalText !== undefined) {
        throw invalid("You may only specify one of these parameters: unit_amount, unit_amount_decimal.", `${pd}[unit_amount]`);
      }
      let unit: number;
      if (unitAmount !== undefined) unit = unitAmount;
      else if (decimalText !== undefined) {
        if (!/^\d+(\.\d{1,12})?$/.test(decimalText)) throw invalid(`Invalid decimal: ${decimalText}`, `${pd}[unit_amount_decimal]`);
        unit = Number(decimalText);
      } else throw missing(`${pd}[unit_amount]`);

      const recurring = readHash(priceData.recurring, `${pd}[recurring]`);
      if (recurring) {
        rejectUnknown(recurring, RECURRING_PARAMS, (k) => `${pd}[recurring][${k}]`);
        const interval = readEnum(recurring.interval, `${pd}[recurring][interval]`, ["day", "week", "month", "year"] as const);
        if (interval === undefined) throw missing(`${pd}[recurring][interval]`);
        readInteger(recurring.interval_count, `${pd}[recurring][interval_count]`, { min: 1 });
        if (mode === "payment") {
          throw invalid(
            "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.",
            `${pd}[recurring]`,
          );
        }
        recurringItems += 1;
      }

      const quantity = readInteger(raw.quantity, `${at}[quantity]`);
      if (quantity === undefined) throw invalid(`Quantity is required. Add \`quantity\` to \`${at}\``, `${at}[quantity]`, "parameter_missing");
      total += unit * quantity;
    });
    if (mode === "subscription" && recurringItems === 0) {
      throw invalid("You must provide at least one recurring price in `subscription` mode when using prices.", "line_items");
    }
    const amountTotal = Math.round(total);
    const sessionCurrency = currency ?? "";
    const minimum = MINIMUM_CHARGE[sessionCurrency];
    if (mode === "payment" && amountTotal > 0 && minimum !== undefined && amountTotal < minimum) {
      throw invalid(`The Checkout Session's total amount due must add up to at least ${formatMinor(minimum, sessionCurrency)}`, "line_items");
    }
    if (amountTotal > MAXIMUM_AMOUNT) {
      throw invalid(`The Checkout Session's total amount due must be no more than ${formatMinor(MAXIMUM_AMOUNT, sessionCurrency)}`, "line_items");
    }

    const metadata = readMetadata(p.metadata, "metadata");
    const clientReferenceId = readString(p.client_reference_id, "client_reference_id") || null;
    if (clientReferenceId !== null && clientReferenceId.length > 200) {
      throw invalid("client_reference_id must be at most 200 characters.", "client_reference_id");
    }
    const submitType = readEnum(p.submit_type, "submit_type", ["auto", "book", "donate", "pay", "subscribe"] as const) ?? null;
    const customerEmail = readString(p.customer_email, "customer_email") || null;
    if (customerEmail !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(customerEmail))
      throw invalid("Invalid email address: " + customerEmail, "customer_email", "email_invalid");
    const customer = readString(p.customer, "customer") || null;
    if (customer !== null && customerEmail !== null) throw invalid("You may only specify one of these parameters: customer, customer_email.", "customer_email");
    if (customer !== null && !customers.has(customer)) throw noSuch("customer", customer, "customer");
    const customerCreation = readEnum(p.customer_creation, "customer_creation", ["always", "if_required"] as const);
    if (customerCreation !== undefined && mode !== "payment") {
      throw invalid("`customer_creation` can only be used in `payment` and `setup` mode.", "customer_creation");
    }

    const piData = readHash(p.payment_intent_data, "payment_intent_data");
    if (piData) {
      if (mode !== "payment") throw invalid(`You can not pass \`payment_intent_data\` in \`${mode}\` mode.`, "payment_intent_data");
      rejectUnknown(piData, PAYMENT_INTENT_DATA_PARAMS, (k) => `payment_intent_data[${k}]`);
      readMetadata(piData.metadata, "payment_intent_data[metadata]");
      readString(piData.description, "payment_intent_data[description]");
      readString(piData.receipt_email, "payment_intent_data[receipt_email]");
    }
    const subData = readHash(p.subscription_data, "subscription_data");
    if (subData) {
      if (mode !== "subscription") throw invalid(`You can not pass \`subscription_data\` in \`${mode}\` mode.`, "subscription_data");
      rejectUnknown(subData, SUBSCRIPTION_DATA_PARAMS, (k) => `subscription_data[${k}]`);
      readMetadata(subData.metadata, "subscription_data[metadata]");
      readString(subData.description, "subscription_data[description]");
    }

    const created = now();
    let expiresAt = created + 24 * 3600;
    const requestedExpiry = readInteger(p.expires_at, "expires_at");
    if (requestedExpiry !== undefined) {
      if (requestedExpiry < created + 30 * 60 || requestedExpiry > created + 24 * 3600) {
        throw invalid("The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.", "expires_at");
      }
      expiresAt = requestedExpiry;
    }

    const id = randomId("cs_test_", 58);
    const session: FakeCheckoutSession = {
      id,
      object: "checkout.session",
      url: `https://checkout.stripe.com/c/pay/${id}`,
      mode,
      status: "open",
      payment_status: "unpaid",
      amount_subtotal: amountTotal,
      amount_total: amountTotal,
      currency: sessionCurrency,
      client_reference_id: clientReferenceId,
      metadata,
      customer,
      customer_email: customerEmail,
      customer_details: null,
      payment_intent: null,
      subscription: null,
      invoice: null,
      success_url: successUrl,
      cancel_url: cancelUrl,
      submit_type: submitType,
      created,
      expires_at: expiresAt,
      params: p,
    };
    sessions.push(session);
    return session;
  }

  function createPortalSession(p: Record<string, unknown>): Record<string, unknown> {
    rejectUnknown(p, PORTAL_PARAMS, (k) => k);
    const customer = readString(p.customer, "customer");
    if (customer === undefined || customer === "") throw missing("customer");
    if (!customers.has(customer)) throw noSuch("customer", customer, "customer");
    const returnUrl = readUrl(p.return_url, "return_url") ?? null;
    return {
      id: randomId("bps_"),
      object: "billing_portal.session",
      configuration: readString(p.configuration, "configuration") ?? "bpc_test_default",
      created: now(),
      customer,
      customer_account: null,
      flow: null,
      livemode: false,
      locale: readString(p.locale, "locale") ?? null,
      on_behalf_of: null,
      return_url: returnUrl,
      url: `https://billing.stripe.com/p/session/${randomId("test_", 32)}`,
    };
  }

  function run(route: Route, params: Record<string, unknown>): Reply {
    switch (route.kind) {
      case "createSession":
        return { status: 200, body: sessionJson(createSession(params)) };
      case "getSession": {
        const session = findSession(route.id);
        if (!session) throw noSuch("checkout.session", route.id, "session");
        return { status: 200, body: sessionJson(session) };
      }
      case "expireSession": {
        const session = findSession(route.id);
        if (!session) throw noSuch("checkout.session", route.id, "session");
        if (session.status !== "open") {
          throw invalid(`Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of \`${session.status}\`.`);
        }
        session.status = "expired";
        return { status: 200, body: sessionJson(session) };
      }
      case "getPaymentIntent": {
        const pi = paymentIntents.find((p) => p.id === route.id);
        if (!pi) throw noSuch("payment_intent", route.id, "intent");
        return { status: 200, body: paymentIntentJson(pi) };
      }
      case "getSubscription": {
        const sub = subscriptions.find((s) => s.id === route.id);
        if (!sub) throw noSuch("subscription", route.id, "id");
        return { status: 200, body: subscriptionJson(sub) };
      }
      case "createPortalSession":
        return { status: 200, body: createPortalSession(params) };
      case "webhookEndpoints":
        return webhookEndpoints.run(route, params);
    }
  }

  function authenticate(req: http.IncomingMessage): { key: string } | StripeHttpError {
    const authorization = header(req, "authorization") ?? "";
    let key: string | undefined;
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const basic = /^Basic\s+(\S+)\s*$/i.exec(authorization);
    if (bearer) key = bearer[1];
    else if (basic)
      key = Buffer.from(basic[1] ?? "", "base64")
        .toString("utf8")
        .split(":")[0];
    const headers = { "www-authenticate": 'Bearer realm="Stripe"' };
    if (!key) {
      return new StripeHttpError(
        401,
        "invalid_request_error",
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
        { headers },
      );
    }
    if (key.startsWith("pk_")) {
      return new StripeHttpError(
        401,
        "invalid_request_error",
        "This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.",
        { headers },
      );
    }
    const accepted = options.secretKey !== undefined ? key === options.secretKey : /^(sk|rk)_test_\S+$/.test(key);
    if (!accepted) return new StripeHttpError(401, "invalid_request_error", `Invalid API Key provided: ${maskKey(key)}`, { headers });
    return { key };
  }

  async function respond(req: http.IncomingMessage, entry: FakeStripeRequest, url: URL, requestId: string): Promise<Reply> {
    const method = entry.method;
    const body = await readBody(req);
    const wait = async () => {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    };

    let decodeError: StripeHttpError | null = null;
    try {
      entry.params = decodeStripeParams(method === "POST" ? body : url.search.slice(1));
    } catch (error) {
      if (!(error instanceof StripeHttpError)) throw error;
      decodeError = error;
    }

    const failure = failures[0];
    if (failure) {
      failure.remaining -= 1;
      if (failure.remaining <= 0) failures.shift();
      await wait();
      return errorReply(injectedFailure(failure.status));
    }
    if (decodeError) {
      await wait();
      return errorReply(decodeError);
    }

    const auth = authenticate(req);
    if (auth instanceof StripeHttpError) {
      await wait();
      return errorReply(auth);
    }

    if (entry.stripeVersion !== undefined && !/^\d{4}-\d{2}-\d{2}(\.[a-z_]+)?$/.test(entry.stripeVersion)) {
      await wait();
      return errorReply(invalid(`Invalid Stripe API version: ${entry.stripeVersion}`, undefined, "api_version_invalid"));
    }

    const route = matchRoute(method, entry.path);
    if (!route) {
      await wait();
      return errorReply(
        new StripeHttpError(
          404,
          "invalid_request_error",
          `Unrecognized request URL (${method}: ${entry.path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
        ),
      );
    }

    const idempotencyKey = method === "POST" ? entry.idempotencyKey : undefined;
    if (idempotencyKey === undefined) {
      await wait();
      try {
        return run(route, entry.params);
      } catch (error) {
        if (error instanceof StripeHttpError) return errorReply(error);
        throw error;
      }
    }

    if (idempotencyKey.length === 0 || idempotencyKey.length > 255) {
      await wait();
      return errorReply(invalid("Idempotency keys must be between 1 and 255 characters long.", undefined, "idempotency_key_invalid"));
    }
    const scoped = `${auth.key}\0${idempotencyKey}`;
    const previous = idempotency.get(scoped);
    const fingerprint = canonical(entry.params);
    if (previous) {
      await wait();
      if (previous.method !== method || previous.path !== entry.path) {
        return errorReply(
          new StripeHttpError(
            400,
            "idempotency_error",
            `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${previous.method} ${previous.path}' vs '${method} ${entry.path}'). Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
          ),
        );
      }
      if (previous.fingerprint !== fingerprint) {
        return errorReply(
          new StripeHttpError(
            400,
            "idempotency_error",
            `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
          ),
        );
      }
      return { ...previous.reply, headers: { ...previous.reply.headers, "idempotent-replayed": "true", "original-request": previous.requestId } };
    }
    if (inFlight.has(scoped)) {
      await wait();
      return errorReply(
        new StripeHttpError(
          409,
          "idempotency_error",
          `There is currently another in-progress request using this Stripe-Idempotency key (that probably means you submitted twice, and the other request is still going through): '${idempotencyKey}'. Please try again later.`,
          { code: "idempotency_key_in_use" },
        ),
      );
    }

    inFlight.add(scoped);
    try {
      await wait();
      let reply: Reply;
      try {
        reply = run(route, entry.params);
      } catch (error) {
        if (error instanceof StripeHttpError) return errorReply(error);
        throw error;
      }
      // Only requests that got to run and succeeded claim the key; validation errors can be retried.
      idempotency.set(scoped, { method, path: entry.path, fingerprint, reply, requestId });
      return reply;
    } finally {
      inFlight.delete(scoped);
    }
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake-stripe");
    const requestId = randomId("req_", 14);
    const entry: FakeStripeRequest = { method: (req.method ?? "GET").toUpperCase(), path: url.pathname, status: 0, params: {} };
    const idempotencyKey = header(req, "idempotency-key");
    if (idempotencyKey !== undefined) entry.idempotencyKey = idempotencyKey;
    const stripeVersion = header(req, "stripe-version");
    if (stripeVersion !== undefined) {
      entry.stripeVersion = stripeVersion;
      lastStripeVersion = stripeVersion;
    }
    requests.push(entry);

    respond(req, entry, url, requestId)
      .catch((error: unknown) => errorReply(new StripeHttpError(500, "api_error", `fake-stripe crashed: ${String(error)}`)))
      .then((reply) => {
        entry.status = reply.status;
        const headers: Record<string, string> = {
          "content-type": "application/json",
          "request-id": requestId,
          ...(stripeVersion !== undefined ? { "stripe-version": stripeVersion } : {}),
          ...(entry.method === "POST" && idempotencyKey !== undefined ? { "idempotency-key": idempotencyKey } : {}),
          ...reply.headers,
        };
        if (res.destroyed) return;
        res.writeHead(reply.status, headers);
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
  const host = "127.0.0.1";

  return {
    url: `http://${host}:${port}`,
    host,
    port,
    sessions,
    paymentIntents,
    subscriptions,
    requests,
    webhookEndpoints: webhookEndpoints.endpoints,
    failNext(status, count = 1) {
      if (count > 0) failures.push({ status, remaining: count });
    },
    delay(ms) {
      delayMs = Math.max(0, ms);
    },
    complete(sessionId, { paid = true, email, name } = {}) {
      const session = findSession(sessionId);
      if (!session) throw new Error(`fake-stripe: no checkout session ${sessionId}`);
      if (session.status !== "open") throw new Error(`fake-stripe: checkout session ${sessionId} is ${session.status}, not open`);
      const created = now();
      session.status = "complete";
      session.payment_status = session.amount_total === 0 ? "no_payment_required" : paid ? "paid" : "unpaid";
      session.customer_details = { email: email ?? session.customer_email, name: name ?? null };

      if (session.mode === "payment") {
        if (session.customer === null && session.params.customer_creation === "always") {
          session.customer = randomId("cus_test_", 14);
          customers.add(session.customer);
        }
        if (session.amount_total > 0) {
          const piData = isRecord(session.params.payment_intent_data) ? session.params.payment_intent_data : {};
          const pi: FakePaymentIntent = {
            id: randomId("pi_test_"),
            object: "payment_intent",
            amount: session.amount_total,
            amount_received: paid ? session.amount_total : 0,
            currency: session.currency,
            status: paid ? "succeeded" : "processing",
            customer: session.customer,
            description: typeof piData.description === "string" ? piData.description : null,
            receipt_email: typeof piData.receipt_email === "string" ? piData.receipt_email : null,
            metadata: readMetadata(piData.metadata, "payment_intent_data[metadata]"),
            created,
          };
          paymentIntents.push(pi);
          session.payment_intent = pi.id;
        }
      } else {
        if (session.customer === null) {
          session.customer = randomId("cus_test_", 14);
          customers.add(session.customer);
        }
        const subData = isRecord(session.params.subscription_data) ? session.params.subscription_data : {};
        const invoice = randomId("in_test_");
        const sub: FakeSubscription = {
          id: randomId("sub_test_"),
          object: "subscription",
          customer: session.customer,
          status: paid ? "active" : "incomplete",
          currency: session.currency,
          latest_invoice: invoice,
          metadata: readMetadata(subData.metadata, "subscription_data[metadata]"),
          created,
        };
        subscriptions.push(sub);
        session.subscription = sub.id;
        session.invoice = invoice;
      }
      return session;
    },
    addCustomer(id = randomId("cus_test_", 14)) {
      customers.add(id);
      return id;
    },
    sessionObject(sessionId) {
      const session = findSession(sessionId);
      if (!session) throw new Error(`fake-stripe: no checkout session ${sessionId}`);
      return sessionJson(session);
    },
    event(type, object) {
      return {
        id: randomId("evt_test_"),
        object: "event",
        // As Stripe renders events at the endpoint's version: the SDK's, unless a request said otherwise.
        api_version: lastStripeVersion ?? Stripe.API_VERSION,
        created: now(),
        data: { object },
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        type,
      };
    },
    reset() {
      sessions.length = 0;
      paymentIntents.length = 0;
      subscriptions.length = 0;
      requests.length = 0;
      customers.clear();
      idempotency.clear();
      inFlight.clear();
      failures = [];
      delayMs = 0;
      lastStripeVersion = null;
      webhookEndpoints.reset();
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Webhook endpoints (what `npm run stripe:setup` drives): create, list (newest first, with
// limit/starting_after paging), retrieve, update and delete, with Stripe's rules that matter to
// it: the signing secret is returned only by create; an endpoint's api_version is set at creation
// (the account's default when none is given) and cannot be changed by update, which refuses the
// parameter as unknown, as Stripe does; URLs must be http(s); enabled_events may not be empty.

export type FakeWebhookEndpoint = {
  id: string;
  object: "webhook_endpoint";
  api_version: string;
  application: null;
  created: number;
  description: string | null;
  enabled_events: string[];
  livemode: false;
  metadata: Record<string, string>;
  /** Kept here for tests; the API shows it only in the create response. */
  secret: string;
  status: "enabled" | "disabled";
  url: string;
};

/** What an account created before the SDK's pinned version defaults to. */
const DEFAULT_ACCOUNT_API_VERSION = "2024-06-20";

type WebhookEndpointRoute = { kind: "webhookEndpoints"; action: "create" | "list" | "retrieve" | "update" | "delete"; id?: string };

const WEBHOOK_CREATE_PARAMS = ["api_version", "connect", "description", "enabled_events", "expand", "metadata", "url"] as const;
const WEBHOOK_UPDATE_PARAMS = ["description", "disabled", "enabled_events", "expand", "metadata", "url"] as const;

function matchWebhookEndpointRoute(method: string, path: string): WebhookEndpointRoute | null {
  if (path === "/v1/webhook_endpoints") {
    if (method === "POST") return { kind: "webhookEndpoints", action: "create" };
    if (method === "GET") return { kind: "webhookEndpoints", action: "list" };
    return null;
  }
  const m = /^\/v1\/webhook_endpoints\/([^/]+)$/.exec(path);
  if (!m) return null;
  const id = decodeURIComponent(m[1] ?? "");
  if (method === "GET") return { kind: "webhookEndpoints", action: "retrieve", id };
  if (method === "POST") return { kind: "webhookEndpoints", action: "update", id };
  if (method === "DELETE") return { kind: "webhookEndpoints", action: "delete", id };
  return null;
}

function readEnabledEvents(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw invalid("Invalid array", "enabled_events");
  if (value.length === 0) throw invalid("enabled_events must contain at least one event.", "enabled_events");
  return value.map((event: unknown, i) => {
    if (typeof event !== "string" || !/^(\*|[a-z_]+(\.[a-z_]+)+)$/.test(event))
      throw invalid(`Invalid enabled_events[${i}]: ${String(event)}`, `enabled_events[${i}]`);
    return event;
  });
}

function webhookEndpointStore(accountApiVersion: string) {
  const endpoints: FakeWebhookEndpoint[] = [];

  const json = (e: FakeWebhookEndpoint, withSecret = false): Record<string, unknown> => {
    const { secret, ...rest } = e;
    return { ...rest, enabled_events: [...e.enabled_events], metadata: { ...e.metadata }, ...(withSecret ? { secret } : {}) };
  };
  const find = (id: string | undefined): FakeWebhookEndpoint => {
    const found = endpoints.find((e) => e.id === id);
    if (!found) throw noSuch("webhook endpoint", id ?? "", "id");
    return found;
  };

  function create(p: Record<string, unknown>): FakeWebhookEndpoint {
    rejectUnknown(p, WEBHOOK_CREATE_PARAMS, (k) => k);
    const url = readUrl(p.url, "url");
    if (url === undefined) throw missing("url");
    const events = readEnabledEvents(p.enabled_events);
    if (events === undefined) throw missing("enabled_events");
    const apiVersion = readString(p.api_version, "api_version");
    if (apiVersion !== undefined && !/^\d{4}-\d{2}-\d{2}(\.[a-z_]+)?$/.test(apiVersion)) throw invalid(`Invalid api_version: ${apiVersion}`, "api_version");
    const endpoint: FakeWebhookEndpoint = {
      id: randomId("we_test_"),
      object: "webhook_endpoint",
      api_version: apiVersion ?? accountApiVersion,
      application: null,
      created: now(),
      description: readString(p.description, "description") || null,
      enabled_events: events,
      livemode: false,
      metadata: readMetadata(p.metadata, "metadata"),
      secret: `whsec_${randomId("", 32)}`,
      status: "enabled",
      url,
    };
    endpoints.push(endpoint);
    return endpoint;
  }

  function update(id: string | undefined, p: Record<string, unknown>): FakeWebhookEndpoint {
    const endpoint = find(id);
    rejectUnknown(p, WEBHOOK_UPDATE_PARAMS, (k) => k);
    const url = readUrl(p.url, "url");
    if (url !== undefined) endpoint.url = url;
    const events = readEnabledEvents(p.enabled_events);
    if (events !== undefined) endpoint.enabled_events = events;
    const disabled = readEnum(p.disabled, "disabled", ["true", "false"] as const);
    if (disabled !== undefined) endpoint.status = disabled === "true" ? "disabled" : "enabled";
    const description = readString(p.description, "description");
    if (description !== undefined) endpoint.description = description || null;
    if (p.metadata !== undefined) endpoint.metadata = { ...endpoint.metadata, ...readMetadata(p.metadata, "metadata") };
    return endpoint;
  }

  function list(p: Record<string, unknown>): Record<string, unknown> {
    const limit = readInteger(p.limit, "limit", { min: 1 }) ?? 10;
    if (limit > 100) throw invalid("This value must be less than or equal to 100.", "limit");
    const newestFirst = [...endpoints].reverse();
    const after = readString(p.starting_after, "starting_after");
    const start = after === undefined ? 0 : newestFirst.findIndex((e) => e.id === after) + 1;
    if (after !== undefined && start === 0) throw noSuch("webhook endpoint", after, "starting_after");
    const page = newestFirst.slice(start, start + limit);
    return { object: "list", url: "/v1/webhook_endpoints", has_more: start + limit < newestFirst.length, data: page.map((e) => json(e)) };
  }

  return {
    endpoints,
    run(route: WebhookEndpointRoute, params: Record<string, unknown>): Reply {
      switch (route.action) {
        case "create":
          return { status: 200, body: json(create(params), true) };
        case "list":
          return { status: 200, body: list(params) };
        case "retrieve":
          return { status: 200, body: json(find(route.id)) };
        case "update":
          return { status: 200, body: json(update(route.id, params)) };
        case "delete": {
          const endpoint = find(route.id);
          endpoints.splice(endpoints.indexOf(endpoint), 1);
          return { status: 200, body: { id: endpoint.id, object: "webhook_endpoint", deleted: true } };
        }
      }
    },
    reset() {
      endpoints.length = 0;
    },
  };
}
