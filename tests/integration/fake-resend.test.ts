// The fake Resend API, driven through the real `resend` SDK so the paths, headers and response
// shapes it relies on are the ones the app will see. The SDK never throws and never retries: every
// call resolves to `{ data, error, headers }`.
import { Resend } from "resend";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeResend, type FakeResend } from "../support/fake-resend";

const API_KEY = "re_test_key";
const from = "Winter Appeal <appeal@example.org>";

let fake: FakeResend;
let resend: Resend;

beforeAll(async () => {
  fake = await startFakeResend({ apiKey: API_KEY });
  resend = new Resend(API_KEY, { baseUrl: fake.url });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

function email(to: string, subject = "Thank you") {
  return { from, to, subject, html: `<p>${subject}</p>`, text: subject };
}

describe("POST /emails", () => {
  it("records a send with from, to, subject, html and headers", async () => {
    const { data, error } = await resend.emails.send({
      from,
      to: "donor@example.com",
      subject: "Your newsletter",
      html: "<p>Hello</p>",
      replyTo: "help@example.org",
      headers: { "List-Unsubscribe": "<https://example.org/u/abc>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      tags: [{ name: "category", value: "newsletter" }],
    });
    expect(error).toBeNull();
    expect(data?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(fake.emails).toEqual([
      {
        id: data?.id,
        from,
        to: ["donor@example.com"],
        subject: "Your newsletter",
        html: "<p>Hello</p>",
        reply_to: "help@example.org",
        headers: { "List-Unsubscribe": "<https://example.org/u/abc>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
        tags: [{ name: "category", value: "newsletter" }],
      },
    ]);
    expect(fake.sentTo("DONOR@example.com")).toHaveLength(1);
    expect(fake.sentTo("Someone <donor@example.com>")).toHaveLength(1);
    expect(fake.sentTo("other@example.com")).toHaveLength(0);
    expect(fake.requests).toEqual([{ method: "POST", path: "/emails", status: 200 }]);
  });

  it.each([
    ["missing from", { to: "a@example.com", subject: "s", html: "h" }, "missing_required_field"],
    ["missing to", { from, subject: "s", html: "h" }, "missing_required_field"],
    ["missing subject", { from, to: "a@example.com", html: "h" }, "missing_required_field"],
    ["no html or text", { from, to: "a@example.com", subject: "s" }, "validation_error"],
    ["bad from", { from: "not an address", to: "a@example.com", subject: "s", html: "h" }, "validation_error"],
    ["bad to", { from, to: ["a@example.com", "nope"], subject: "s", html: "h" }, "validation_error"],
    ["51 recipients", { from, to: Array.from({ length: 51 }, (_, i) => `r${i}@example.com`), subject: "s", html: "h" }, "validation_error"],
  ])("rejects %s with 422", async (_label, body, name) => {
    const response = await fetch(`${fake.url}/emails`, {
      method: "POST",
      headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ statusCode: 422, name });
    expect(fake.emails).toHaveLength(0);
  });

  it("accepts exactly 50 recipients", async () => {
    const to = Array.from({ length: 50 }, (_, i) => `r${i}@example.com`);
    const { error } = await resend.emails.send({ ...email("x@example.com"), to });
    expect(error).toBeNull();
    expect(fake.emails[0]?.to).toEqual(to);
  });
});

describe("POST /emails/batch", () => {
  it("records a batch of 3 and returns their ids in order", async () => {
    const recipients = ["one@example.com", "two@example.com", "three@example.com"];
    const { data, error } = await resend.batch.send(recipients.map((to) => email(to)));
    expect(error).toBeNull();
    expect(data?.data).toHaveLength(3);
    expect(fake.emails.map((e) => e.id)).toEqual(data?.data.map((d) => d.id));
    expect(fake.emails.map((e) => e.to)).toEqual(recipients.map((r) => [r]));
    const batchIds = new Set(fake.emails.map((e) => e.batchId));
    expect(batchIds.size).toBe(1);
    expect([...batchIds][0]).toBeTypeOf("string");
  });

  it("rejects a batch of 101 with 422 and records nothing", async () => {
    const payload = Array.from({ length: 101 }, (_, i) => email(`r${i}@example.com`));
    const { data, error } = await resend.batch.send(payload);
    expect(data).toBeNull();
    expect(error).toMatchObject({ statusCode: 422, name: "validation_error" });
    expect(fake.emails).toHaveLength(0);
  });

  it("rejects the whole batch when one email is invalid (strict validation, the SDK default)", async () => {
    const { error } = await resend.batch.send([email("ok@example.com"), { ...email("x@example.com"), subject: "" }]);
    expect(error).toMatchObject({ statusCode: 422, message: expect.stringContaining("emails[1]") });
    expect(fake.emails).toHaveLength(0);
  });
});

describe("Idempotency-Key", () => {
  it("replays the original id for a repeated key and records nothing new", async () => {
    const payload = email("donor@example.com");
    const first = await resend.emails.send(payload, { idempotencyKey: "welcome/1" });
    const second = await resend.emails.send({ ...payload }, { idempotencyKey: "welcome/1" });
    expect(first.error).toBeNull();
    expect(second).toMatchObject({ data: { id: first.data?.id }, error: null });
    expect(fake.emails).toHaveLength(1);
    expect(fake.emails[0]?.idempotencyKey).toBe("welcome/1");
    expect(fake.requests.map((r) => [r.idempotencyKey, r.status])).toEqual([
      ["welcome/1", 200],
      ["welcome/1", 200],
    ]);
  });

  it("replays a batch under the same key", async () => {
    const payload = [email("a@example.com"), email("b@example.com")];
    const first = await resend.batch.send(payload, { idempotencyKey: "digest/7" });
    const second = await resend.batch.send(payload, { idempotencyKey: "digest/7" });
    expect(second.data?.data).toEqual(first.data?.data);
    expect(fake.emails).toHaveLength(2);
  });

  it("answers 409 invalid_idempotent_request when the payload changes under the same key", async () => {
    await resend.emails.send(email("donor@example.com"), { idempotencyKey: "receipt/42" });
    const { data, error } = await resend.emails.send(email("donor@example.com", "Different subject"), { idempotencyKey: "receipt/42" });
    expect(data).toBeNull();
    expect(error).toMatchObject({ statusCode: 409, name: "invalid_idempotent_request" });
    expect(fake.emails).toHaveLength(1);
  });

  it("does not claim the key when the request failed, so a retry sends", async () => {
    fake.failNext(500);
    const failed = await resend.emails.send(email("donor@example.com"), { idempotencyKey: "retry/1" });
    expect(failed.error).toMatchObject({ statusCode: 500 });
    const retried = await resend.emails.send(email("donor@example.com"), { idempotencyKey: "retry/1" });
    expect(retried.error).toBeNull();
    expect(fake.emails).toHaveLength(1);
  });
});

describe("injected failures", () => {
  it("failNext(429) returns rate_limit_exceeded with Retry-After, then the next call succeeds", async () => {
    fake.failNext(429, 1, 2);
    const limited = await resend.emails.send(email("donor@example.com"));
    expect(limited.data).toBeNull();
    expect(limited.error).toMatchObject({ statusCode: 429, name: "rate_limit_exceeded" });
    // The SDK hands back the response headers, so callers can honour Retry-After themselves.
    expect(limited.headers?.["retry-after"]).toBe("2");
    expect(fake.emails).toHaveLength(0);

    const next = await resend.emails.send(email("donor@example.com"));
    expect(next.error).toBeNull();
    expect(fake.emails).toHaveLength(1);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it("failNext counts requests", async () => {
    fake.failNext(500, 2);
    expect((await resend.emails.send(email("a@example.com"))).error?.statusCode).toBe(500);
    expect((await resend.batch.send([email("a@example.com")])).error?.statusCode).toBe(500);
    expect((await resend.emails.send(email("a@example.com"))).error).toBeNull();
  });

  it("down() fails every request until healthy()", async () => {
    fake.down();
    for (let i = 0; i < 3; i++) {
      const { error } = await resend.emails.send(email("donor@example.com"));
      expect(error).toMatchObject({ statusCode: 503 });
    }
    expect(fake.emails).toHaveLength(0);
    fake.healthy();
    expect((await resend.emails.send(email("donor@example.com"))).error).toBeNull();
    expect(fake.emails).toHaveLength(1);
  });
});

describe("auth and routing", () => {
  it("rejects a wrong API key with 403 invalid_api_key, as Resend documents", async () => {
    const wrong = new Resend("re_wrong", { baseUrl: fake.url });
    const { data, error } = await wrong.emails.send(email("donor@example.com"));
    expect(data).toBeNull();
    expect(error).toMatchObject({ statusCode: 403, name: "invalid_api_key" });
    expect(fake.emails).toHaveLength(0);
  });

  it("rejects a missing API key with 401 missing_api_key", async () => {
    const response = await fetch(`${fake.url}/emails`, { method: "POST", body: JSON.stringify(email("a@example.com")) });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ statusCode: 401, name: "missing_api_key" });
  });

  it("answers 404 not_found for other paths and 405 for other methods", async () => {
    const missing = await resend.domains.list();
    expect(missing.error).toMatchObject({ statusCode: 404, name: "not_found" });
    const wrongMethod = await resend.emails.list();
    expect(wrongMethod.error).toMatchObject({ statusCode: 405, name: "method_not_allowed" });
  });
});
