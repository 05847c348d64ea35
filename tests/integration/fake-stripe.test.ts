// The fake Stripe API, driven through the real `stripe` SDK so the encoding, headers, error
// classes and response shapes it relies on are the ones the app will see.
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { decodeStripeParams, startFakeStripe, type FakeStripe } from "../support/fake-stripe";

const SECRET_KEY = "sk_test_fake_stripe";

let fake: FakeStripe;
let stripe: Stripe;

function client(key = SECRET_KEY): Stripe {
  return new Stripe(key, { host: fake.host, port: fake.port, protocol: "http", maxNetworkRetries: 0 });
}

beforeAll(async () => {
  fake = await startFakeStripe({ secretKey: SECRET_KEY });
  stripe = client();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const donationId = "don_123";

function oneOffParams(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams {
  return {
    mode: "payment",
    submit_type: "donate",
    success_url: "https://appeal.example.org/donate/thanks?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "https://appeal.example.org/donate",
    client_reference_id: donationId,
    customer_email: "donor@example.com",
    metadata: { donationId, giftAid: "yes" },
    payment_intent_data: { metadata: { donationId } },
    line_items: [
      { quantity: 1, price_data: { currency: "gbp", unit_amount: 2500, product_data: { name: "Winter appeal gift" } } },
      { quantity: 2, price_data: { currency: "gbp", unit_amount: 60, product_data: { name: "Card fee" } } },
    ],
    ...overrides,
  };
}

function monthlyParams(): Stripe.Checkout.SessionCreateParams {
  return {
    mode: "subscription",
    success_url: "https://appeal.example.org/donate/thanks?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "https://appeal.example.org/donate",
    client_reference_id: donationId,
    metadata: { donationId },
    subscription_data: { metadata: { donationId } },
    line_items: [
      {
        quantity: 1,
        price_data: { currency: "gbp", unit_amount: 1000, recurring: { interval: "month" }, product_data: { name: "Monthly gift" } },
      },
    ],
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

describe("decodeStripeParams", () => {
  it("builds nested objects and arrays from bracket notation, leaves as strings", () => {
    expect(decodeStripeParams("mode=payment&line_items[0][quantity]=1&line_items[1][quantity]=2&metadata[0]=kept&expand[]=a&expand[]=b&a%5Bb%5D=x+y")).toEqual({
      mode: "payment",
      line_items: [{ quantity: "1" }, { quantity: "2" }],
      metadata: { 0: "kept" },
      expand: ["a", "b"],
      a: { b: "x y" },
    });
  });

  it("cannot be steered into Object.prototype", () => {
    const params = decodeStripeParams("__proto__[polluted]=1&metadata[__proto__]=2");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(params)).toEqual(["__proto__", "metadata"]);
  });
});

describe("POST /v1/checkout/sessions", () => {
  it("creates a payment-mode session and records the decoded params", async () => {
    const session = await stripe.checkout.sessions.create(oneOffParams(), { idempotencyKey: "donation-attempt-1" });

    expect(session.id).toMatch(/^cs_test_/);
    expect(session).toMatchObject({
      object: "checkout.session",
      url: `https://checkout.stripe.com/c/pay/${session.id}`,
      mode: "payment",
      status: "open",
      payment_status: "unpaid",
      amount_total: 2620,
      currency: "gbp",
      client_reference_id: donationId,
      customer_email: "donor@example.com",
      submit_type: "donate",
      metadata: { donationId, giftAid: "yes" },
      payment_intent: null,
      subscription: null,
      success_url: "https://appeal.example.org/donate/thanks?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: "https://appeal.example.org/donate",
      ui_mode: "hosted_page",
    });

    expect(fake.sessions).toHaveLength(1);
    const recorded = fake.sessions[0];
    expect(recorded?.id).toBe(session.id);
    expect(recorded?.params).toMatchObject({
      mode: "payment",
      submit_type: "donate",
      metadata: { donationId, giftAid: "yes" },
      payment_intent_data: { metadata: { donationId } },
      line_items: [
        { quantity: "1", price_data: { currency: "gbp", unit_amount: "2500", product_data: { name: "Winter appeal gift" } } },
        { quantity: "2", price_data: { currency: "gbp", unit_amount: "60", product_data: { name: "Card fee" } } },
      ],
    });
    const lineItems = recorded?.params.line_items as { price_data: { unit_amount: string } }[];
    expect(lineItems[0]?.price_data.unit_amount).toBe("2500");

    expect(fake.requests).toEqual([
      {
        method: "POST",
        path: "/v1/checkout/sessions",
        idempotencyKey: "donation-attempt-1",
        stripeVersion: Stripe.API_VERSION,
        status: 200,
        params: recorded?.params,
      },
    ]);
  });

  it("replays the same idempotency key with the same params: one session, same id", async () => {
    const first = await stripe.checkout.sessions.create(oneOffParams(), { idempotencyKey: "attempt-twice" });
    const second = await stripe.checkout.sessions.create(oneOffParams(), { idempotencyKey: "attempt-twice" });
    expect(second.id).toBe(first.id);
    expect(second.lastResponse.headers["idempotent-replayed"]).toBe("true");
    expect(fake.sessions).toHaveLength(1);
    expect(fake.requests.map((r) => r.status)).toEqual([200, 200]);
  });

  it("rejects the same idempotency key with different params as StripeIdempotencyError", async () => {
    await stripe.checkout.sessions.create(oneOffParams(), { idempotencyKey: "attempt-changed" });
    const error = await rejection(
      stripe.checkout.sessions.create(oneOffParams({ metadata: { donationId: "don_other" } }), { idempotencyKey: "attempt-changed" }),
    );
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(error).toMatchObject({ type: "StripeIdempotencyError", rawType: "idempotency_error", statusCode: 400 });
    expect(fake.sessions).toHaveLength(1);
  });

  it("answers a concurrent request with an in-flight key with 409 idempotency_error", async () => {
    fake.delay(150);
    const [first, second] = await Promise.allSettled([
      stripe.checkout.sessions.create(oneOffParams(), { idempotencyKey: "double-click" }),
      stripe.checkout.sessions.create(oneOffParams(), { idempotencyKey: "double-click" }),
    ]);
    expect(first.status).toBe("fulfilled");
    expect(second.status).toBe("rejected");
    expect(second.status === "rejected" ? second.reason : null).toMatchObject({
      statusCode: 409,
      rawType: "idempotency_error",
      code: "idempotency_key_in_use",
    });
    expect(fake.sessions).toHaveLength(1);
  });

  it.each([
    ["mode", { mode: undefined }, "mode"],
    ["success_url", { success_url: undefined }, "success_url"],
    ["line_items", { line_items: undefined }, "line_items"],
    [
      "a line item's unit_amount",
      { line_items: [{ quantity: 1, price_data: { currency: "gbp", product_data: { name: "Gift" } } }] },
      "line_items[0][price_data][unit_amount]",
    ],
    [
      "a line item's product name",
      { line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: 500, product_data: { name: "" } } }] },
      "line_items[0][price_data][product_data][name]",
    ],
    [
      "a line item's quantity",
      { line_items: [{ price_data: { currency: "gbp", unit_amount: 500, product_data: { name: "Gift" } } }] },
      "line_items[0][quantity]",
    ],
  ] as const)("rejects a missing %s with invalid_request_error naming the param", async (_label, overrides, param) => {
    const error = await rejection(stripe.checkout.sessions.create({ ...oneOffParams(), ...overrides } as Stripe.Checkout.SessionCreateParams));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ rawType: "invalid_request_error", statusCode: 400, param });
    expect(fake.sessions).toHaveLength(0);
  });

  it("rejects unknown params, recurring prices in payment mode and totals under Stripe's minimum", async () => {
    const unknown = await rejection(stripe.checkout.sessions.create({ ...oneOffParams(), donation_id: "x" } as Stripe.Checkout.SessionCreateParams));
    expect(unknown).toMatchObject({ statusCode: 400, param: "donation_id", message: "Received unknown parameter: donation_id" });

    const recurring = await rejection(stripe.checkout.sessions.create({ ...monthlyParams(), mode: "payment", subscription_data: undefined }));
    expect(recurring).toMatchObject({ statusCode: 400, param: "line_items[0][price_data][recurring]" });

    const tiny = await rejection(
      stripe.checkout.sessions.create(
        oneOffParams({ line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: 10, product_data: { name: "Gift" } } }] }),
      ),
    );
    expect(tiny).toMatchObject({ statusCode: 400, param: "line_items" });
    expect(fake.sessions).toHaveLength(0);
  });

  it("does not let a validation failure claim the idempotency key", async () => {
    await rejection(stripe.checkout.sessions.create(oneOffParams({ mode: undefined }), { idempotencyKey: "fix-and-retry" }));
    const session = await stripe.checkout.sessions.create(oneOffParams(), { idempotencyKey: "fix-and-retry" });
    expect(session.status).toBe("open");
  });
});

describe("retrieve and expire", () => {
  it("retrieves a session by id and expires it", async () => {
    const created = await stripe.checkout.sessions.create(oneOffParams());
    const retrieved = await stripe.checkout.sessions.retrieve(created.id);
    expect(retrieved).toMatchObject({ id: created.id, status: "open", amount_total: 2620, metadata: { donationId, giftAid: "yes" } });

    const expired = await stripe.checkout.sessions.expire(created.id);
    expect(expired).toMatchObject({ id: created.id, status: "expired", url: null });
    expect(fake.sessions[0]?.status).toBe("expired");

    const again = await rejection(stripe.checkout.sessions.expire(created.id));
    expect(again).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  });

  it("answers an unknown session with 404 resource_missing", async () => {
    const error = await rejection(stripe.checkout.sessions.retrieve("cs_test_missing"));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 404, code: "resource_missing", message: "No such checkout.session: 'cs_test_missing'" });
  });

  it("answers an unknown route with Stripe's 404", async () => {
    const error = await rejection(stripe.customers.retrieve("cus_nope"));
    expect(error).toMatchObject({ statusCode: 404, rawType: "invalid_request_error" });
    expect((error as Error).message).toContain("Unrecognized request URL (GET: /v1/customers/cus_nope)");
  });
});

describe("complete()", () => {
  it("pays a payment-mode session and creates a PaymentIntent carrying payment_intent_data.metadata", async () => {
    const created = await stripe.checkout.sessions.create(oneOffParams());
    const completed = fake.complete(created.id, { email: "typed@example.com" });
    expect(completed).toMatchObject({ status: "complete", payment_status: "paid", subscription: null, customer: null });
    expect(completed.payment_intent).toMatch(/^pi_test_/);

    const session = await stripe.checkout.sessions.retrieve(created.id);
    expect(session).toMatchObject({ status: "complete", payment_status: "paid", payment_intent: completed.payment_intent, url: null });
    expect(session.customer_details?.email).toBe("typed@example.com");

    const intent = await stripe.paymentIntents.retrieve(completed.payment_intent ?? "");
    expect(intent).toMatchObject({
      id: completed.payment_intent,
      object: "payment_intent",
      amount: 2620,
      currency: "gbp",
      status: "succeeded",
      metadata: { donationId },
    });

    const event = fake.event("checkout.session.completed", fake.sessionObject(created.id));
    expect(event).toMatchObject({
      object: "event",
      type: "checkout.session.completed",
      api_version: Stripe.API_VERSION,
      data: { object: { id: created.id, status: "complete" } },
    });
    expect(() => fake.complete(created.id)).toThrow(/not open/);
  });

  it("leaves payment_status unpaid when paid: false", async () => {
    const created = await stripe.checkout.sessions.create(oneOffParams());
    expect(fake.complete(created.id, { paid: false })).toMatchObject({ status: "complete", payment_status: "unpaid" });
  });

  it("subscription mode: records recurring and subscription_data metadata; complete() creates sub_ and cus_", async () => {
    const created = await stripe.checkout.sessions.create(monthlyParams());
    expect(created).toMatchObject({ mode: "subscription", amount_total: 1000, subscription: null, payment_intent: null });
    expect(fake.sessions[0]?.params).toMatchObject({
      line_items: [{ price_data: { recurring: { interval: "month" }, unit_amount: "1000" } }],
      subscription_data: { metadata: { donationId } },
    });

    const completed = fake.complete(created.id);
    expect(completed.subscription).toMatch(/^sub_test_/);
    expect(completed.customer).toMatch(/^cus_test_/);
    expect(completed.invoice).toMatch(/^in_test_/);
    expect(completed.payment_intent).toBeNull();

    const subscription = await stripe.subscriptions.retrieve(completed.subscription ?? "");
    expect(subscription).toMatchObject({ status: "active", customer: completed.customer, metadata: { donationId } });
  });
});

describe("POST /v1/billing_portal/sessions", () => {
  it("creates a portal session for a known customer", async () => {
    const created = await stripe.checkout.sessions.create(monthlyParams());
    const customer = fake.complete(created.id).customer ?? "";
    const portal = await stripe.billingPortal.sessions.create({ customer, return_url: "https://appeal.example.org/account" });
    expect(portal.id).toMatch(/^bps_/);
    expect(portal).toMatchObject({ object: "billing_portal.session", customer, return_url: "https://appeal.example.org/account" });
    expect(portal.url).toMatch(/^https:\/\/billing\.stripe\.com\/p\/session\//);
  });

  it("rejects an unknown customer, and accepts one registered with addCustomer()", async () => {
    const error = await rejection(stripe.billingPortal.sessions.create({ customer: "cus_unknown" }));
    expect(error).toMatchObject({ statusCode: 404, code: "resource_missing", param: "customer" });
    const customer = fake.addCustomer("cus_seeded");
    await expect(stripe.billingPortal.sessions.create({ customer })).resolves.toMatchObject({ customer: "cus_seeded" });
  });
});

describe("failures, auth and latency", () => {
  it("failNext(500) throws StripeAPIError once; the next call works", async () => {
    fake.failNext(500);
    const error = await rejection(stripe.checkout.sessions.create(oneOffParams(), { idempotencyKey: "after-outage" }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(error).toMatchObject({ statusCode: 500, rawType: "api_error" });
    expect(fake.sessions).toHaveLength(0);

    // The failed request did not store the key, so the retry with it creates the session.
    const session = await stripe.checkout.sessions.create(oneOffParams(), { idempotencyKey: "after-outage" });
    expect(session.status).toBe("open");
    expect(fake.requests.map((r) => r.status)).toEqual([500, 200]);
  });

  it("failNext(429) throws StripeRateLimitError", async () => {
    fake.failNext(429, 2);
    await expect(stripe.checkout.sessions.retrieve("cs_test_x")).rejects.toBeInstanceOf(Stripe.errors.StripeRateLimitError);
    await expect(stripe.checkout.sessions.retrieve("cs_test_x")).rejects.toMatchObject({ statusCode: 429, code: "rate_limit" });
    await expect(stripe.checkout.sessions.retrieve("cs_test_x")).rejects.toMatchObject({ statusCode: 404 });
  });

  it("with the SDK's retries on, a single 500 is retried transparently with the same idempotency key", async () => {
    const retrying = new Stripe(SECRET_KEY, { host: fake.host, port: fake.port, protocol: "http", maxNetworkRetries: 1 });
    fake.failNext(500);
    const session = await retrying.checkout.sessions.create(oneOffParams());
    expect(session.status).toBe("open");
    const [failed, succeeded] = fake.requests;
    expect(failed?.status).toBe(500);
    expect(succeeded?.status).toBe(200);
    expect(succeeded?.idempotencyKey).toMatch(/^stripe-node-retry-/);
    expect(succeeded?.idempotencyKey).toBe(failed?.idempotencyKey);
  });

  it("answers a wrong key with 401 → StripeAuthenticationError", async () => {
    const error = await rejection(client("sk_test_wrong").checkout.sessions.create(oneOffParams()));
    expect(error).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(error).toMatchObject({ statusCode: 401 });
    expect((error as Error).message).toContain("Invalid API Key provided");
    expect(fake.sessions).toHaveLength(0);
  });

  it("delay(200) makes a call take at least 200 ms", async () => {
    fake.delay(200);
    const started = performance.now();
    await stripe.checkout.sessions.create(oneOffParams());
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    fake.delay(0);
  });
});
