import crypto from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInLimits as signInForm } from "@/lib/auth/sign-in-form-limits";
import { signupLimits as signupForm } from "@/lib/newsletter/signup-limits";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The limits that protect a named person, on real PostgreSQL (the rate_limits table the site
// uses): strangers cannot spend them to lock that person out, and a higher per-inbox cap stops
// the site flooding one inbox, silently.

const SECRET = crypto.randomBytes(32).toString("base64url");
let database: TestDatabase;
let limits: typeof import("@/lib/rate-limit/per-person");
let signInLimits: typeof import("@/lib/auth/sign-in-limits");

beforeAll(async () => {
  database = await createTestDatabase();
  // lib/env.ts reads these once, at import.
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = SECRET;
  limits = await import("@/lib/rate-limit/per-person");
  signInLimits = await import("@/lib/auth/sign-in-limits");
});
afterAll(async () => {
  await (await import("@/lib/rate-limit/consume")).closeRateLimits();
  await database?.drop();
});

let n = 0;
const inbox = () => `person-${++n}-${crypto.randomBytes(3).toString("hex")}@example.org`;

describe("consumePersonLimit", () => {
  it("counts per connection: a stranger spends their own allowance for an address, never its owner's", async () => {
    const email = inbox();
    for (let i = 0; i < 5; i += 1) expect(await limits.consumePersonLimit(signInForm.perPerson, email, "198.51.100.1")).toEqual({ ok: true, sendEmail: true });
    expect(await limits.consumePersonLimit(signInForm.perPerson, email, "198.51.100.1")).toMatchObject({ ok: false });
    // The same address in another case is the same address.
    expect(await limits.consumePersonLimit(signInForm.perPerson, email.toUpperCase(), "198.51.100.1")).toMatchObject({ ok: false });
    expect(await limits.consumePersonLimit(signInForm.perPerson, email, "203.0.113.5")).toEqual({ ok: true, sendEmail: true });
  });

  it("past the per-inbox cap, says go ahead but send nothing, whoever asks", async () => {
    const email = inbox();
    // signInLimits.perPerson.emails: 20 an hour, from twenty connections.
    for (let i = 1; i <= 20; i += 1)
      expect(await limits.consumePersonLimit(signInForm.perPerson, email, `192.0.2.${i}`)).toEqual({ ok: true, sendEmail: true });
    expect(await limits.consumePersonLimit(signInForm.perPerson, email, "203.0.113.9")).toEqual({ ok: true, sendEmail: false });
  });

  it("keeps addresses of any length (keys are hashed to fit the table)", async () => {
    const long = `${"a".repeat(240)}@example.org`;
    expect(await limits.consumePersonLimit(signupForm.perPerson, long, "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")).toEqual({ ok: true, sendEmail: true });
  });
});

// What proxy.ts does with a form's `rate-limit` field (lib/security/proxy-limits.ts): the limit's id,
// read back and peeked at in the same table the action counts in.
describe("peekRateLimit, by the id a form posts", () => {
  it("is spent exactly when the action would refuse the next post, and takes no point itself", async () => {
    const consume = await import("@/lib/rate-limit/consume");
    const { limitId, parseLimitId, rateLimit } = await import("@/lib/rate-limit/rate-limit");
    const limit = rateLimit("test form posts", 3, 600);
    const posted = parseLimitId(limitId(limit));
    expect(posted).toEqual(limit);
    const ip = "198.51.100.77";
    for (let i = 0; i < 3; i += 1) {
      expect(await consume.peekRateLimit(posted!, ip)).toEqual({ ok: true });
      expect(await consume.consumeRateLimit(limit, ip)).toEqual({ ok: true });
    }
    const spent = await consume.peekRateLimit(posted!, ip);
    expect(spent).toMatchObject({ ok: false });
    expect(spent.ok === false && spent.retryAfterSeconds).toBeGreaterThan(500);
    // Peeking again spends nothing more; the action refuses the fourth with the same wait.
    expect(await consume.peekRateLimit(posted!, ip)).toMatchObject({ ok: false });
    expect(await consume.consumeRateLimit(limit, ip)).toMatchObject({ ok: false });
    // Another connection, and a made-up limit for this one, find no count.
    expect(await consume.peekRateLimit(posted!, "198.51.100.78")).toEqual({ ok: true });
    expect(await consume.peekRateLimit({ ...limit, points: 1000 }, ip)).toEqual({ ok: true });
    expect(await consume.peekRateLimit(rateLimit("other form posts", 3, 600), ip)).toEqual({ ok: true });
  });
});

/** A POST to Auth.js's endpoint as the server entry hands it on (X-Forwarded-For is the socket's address). */
function authPost(from: string, fields: Record<string, string>, cookie?: string): NextRequest {
  return new NextRequest("http://localhost:3000/api/auth/signin/email", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": from, ...(cookie ? { Cookie: cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
  });
}

/** A CSRF token and its cookie, made as Auth.js makes them. */
function csrf(): { token: string; cookie: string } {
  const token = crypto.randomBytes(32).toString("hex");
  const hash = crypto.createHash("sha256").update(`${token}${SECRET}`).digest("hex");
  return { token, cookie: `authjs.csrf-token=${encodeURIComponent(`${token}|${hash}`)}` };
}

describe("signInRequestRefusal (POST /api/auth/signin/email)", () => {
  it("checks the CSRF token as Auth.js does", () => {
    const { token, cookie } = csrf();
    const request = (c?: string) => authPost("127.0.0.1", {}, c);
    expect(signInLimits.csrfTokenVerified(request(cookie), toForm({ csrfToken: token }))).toBe(true);
    expect(signInLimits.csrfTokenVerified(request(cookie), toForm({ csrfToken: "other" }))).toBe(false);
    expect(signInLimits.csrfTokenVerified(request(), toForm({ csrfToken: token }))).toBe(false);
    // A cookie the client made up itself (no secret): refused.
    expect(signInLimits.csrfTokenVerified(request(`authjs.csrf-token=${token}|${"0".repeat(64)}`), toForm({ csrfToken: token }))).toBe(false);
  });

  it("five posts without a CSRF token spend nothing for the colleague they name", async () => {
    const colleague = inbox();
    for (let i = 0; i < 5; i += 1) expect(await signInLimits.signInRequestRefusal(authPost("198.51.100.20", { email: colleague }))).toBeNull();
    // The colleague's own five requests all go through, and only then are they limited.
    const own = csrf();
    for (let i = 0; i < 5; i += 1)
      expect(await signInLimits.signInRequestRefusal(authPost("203.0.113.20", { email: colleague, csrfToken: own.token }, own.cookie))).toBeNull();
    expect((await signInLimits.signInRequestRefusal(authPost("203.0.113.20", { email: colleague, csrfToken: own.token }, own.cookie)))?.status).toBe(429);
  });

  it("a stranger with valid tokens spends only their own allowance for the colleague", async () => {
    const colleague = inbox();
    const theirs = csrf();
    for (let i = 0; i < 5; i += 1)
      await signInLimits.signInRequestRefusal(authPost("198.51.100.30", { email: colleague, csrfToken: theirs.token }, theirs.cookie));
    expect((await signInLimits.signInRequestRefusal(authPost("198.51.100.30", { email: colleague, csrfToken: theirs.token }, theirs.cookie)))?.status).toBe(
      429,
    );
    const own = csrf();
    expect(await signInLimits.signInRequestRefusal(authPost("203.0.113.30", { email: colleague, csrfToken: own.token }, own.cookie))).toBeNull();
  });

  it("counts a long address whole: two that differ only past the 254th character are counted apart", async () => {
    const stem = `${"x".repeat(250)}-${crypto.randomBytes(3).toString("hex")}`;
    const [first, second] = [`${stem}a@example.org`, `${stem}b@example.org`];
    const own = csrf();
    for (let i = 0; i < 5; i += 1)
      expect(await signInLimits.signInRequestRefusal(authPost("203.0.113.40", { email: first, csrfToken: own.token }, own.cookie))).toBeNull();
    expect((await signInLimits.signInRequestRefusal(authPost("203.0.113.40", { email: first, csrfToken: own.token }, own.cookie)))?.status).toBe(429);
    expect(await signInLimits.signInRequestRefusal(authPost("203.0.113.40", { email: second, csrfToken: own.token }, own.cookie))).toBeNull();
  });

  it("past the inbox's cap, answers as Auth.js does when a link is on its way, and sends nothing", async () => {
    const colleague = inbox();
    for (let i = 1; i <= 20; i += 1) {
      const t = csrf();
      expect(await signInLimits.signInRequestRefusal(authPost(`192.0.2.${100 + i}`, { email: colleague, csrfToken: t.token }, t.cookie))).toBeNull();
    }
    const t = csrf();
    const answer = await signInLimits.signInRequestRefusal(authPost("203.0.113.40", { email: colleague, csrfToken: t.token }, t.cookie));
    expect(answer?.status).toBe(302);
    expect(answer?.headers.get("location")).toMatch(/\/admin\/sign-in\?sent=1$/);
  });
});

function toForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}
