// `npm run stripe:setup` against the local fake of Stripe's API, through the real SDK: it creates
// the webhook endpoint with the SDK's API version and exactly the handled events, is idempotent,
// converges an endpoint whose events drifted, and refuses (changing nothing) an endpoint of another
// API version unless told to --replace it.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { handledEventTypes } from "@/lib/donations/webhook/apply-stripe-event";
import { STRIPE_API_VERSION } from "@/lib/stripe/api-version";
import { createStripe } from "@/lib/stripe/create-stripe";
import { setUpWebhookEndpoint } from "@/lib/stripe/set-up-webhook-endpoint";
import { readSetupSettings, SetupRefusal, webhookEndpointUrl } from "@/lib/stripe/webhook-setup-settings";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";

const SECRET_KEY = "sk_test_stripe_setup";
const SITE = "https://appeal.example.org";
const URL_ = `${SITE}/api/stripe/webhook`;
const handled = [...handledEventTypes].sort();

let fake: FakeStripe;
let stripe: Stripe;

beforeAll(async () => {
  fake = await startFakeStripe({ secretKey: SECRET_KEY, accountApiVersion: "2024-06-20" });
  stripe = createStripe(SECRET_KEY, fake.url);
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

async function setUp(replace = false) {
  const lines: string[] = [];
  const status = await setUpWebhookEndpoint(stripe, { secretKey: SECRET_KEY, url: URL_, replace, say: (line) => lines.push(line) });
  return { status, lines, text: lines.join("\n") };
}

const writes = () => fake.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path.replace(/we_test_\w+/, ":id")}`);

describe("npm run stripe:setup", () => {
  it("creates the endpoint with the SDK's API version and exactly the handled events, and prints its secret", async () => {
    const { status, lines, text } = await setUp();
    expect(status).toBe(0);
    expect(fake.webhookEndpoints).toHaveLength(1);
    const [endpoint] = fake.webhookEndpoints;
    expect(endpoint).toMatchObject({ url: URL_, api_version: STRIPE_API_VERSION, status: "enabled" });
    expect([...(endpoint?.enabled_events ?? [])].sort()).toEqual(handled);
    // The exact line to paste, alone on its line, with the secret Stripe returned.
    expect(lines).toContain(`STRIPE_WEBHOOK_SECRET=${endpoint?.secret}`);
    expect(text).toMatch(/^Stripe key: TEST \(sk_test_…etup\)\. .*test payments only/m);
    expect(text).not.toContain(SECRET_KEY);
  });

  it("run again: changes nothing and says the secret stays", async () => {
    await setUp();
    const before = JSON.stringify(fake.webhookEndpoints);
    fake.requests.length = 0;
    const { status, text } = await setUp();
    expect(status).toBe(0);
    expect(writes()).toEqual([]);
    expect(JSON.stringify(fake.webhookEndpoints)).toBe(before);
    expect(text).toMatch(/is up to date: nothing to change/);
    expect(text).toMatch(/keep STRIPE_WEBHOOK_SECRET as it is/);
    expect(text).not.toMatch(/STRIPE_WEBHOOK_SECRET=/);
  });

  it("sets the events of an existing endpoint to exactly the handled list, and re-enables it", async () => {
    const existing = await stripe.webhookEndpoints.create({
      url: URL_,
      api_version: STRIPE_API_VERSION as Stripe.WebhookEndpointCreateParams.ApiVersion,
      enabled_events: ["checkout.session.completed", "charge.succeeded"],
    });
    await stripe.webhookEndpoints.update(existing.id, { disabled: true });
    const { status, text } = await setUp();
    expect(status).toBe(0);
    expect(fake.webhookEndpoints).toHaveLength(1);
    expect(fake.webhookEndpoints[0]).toMatchObject({ id: existing.id, status: "enabled", secret: existing.secret });
    expect([...(fake.webhookEndpoints[0]?.enabled_events ?? [])].sort()).toEqual(handled);
    expect(text).toMatch(/no longer sends charge\.succeeded/);
    expect(text).toMatch(/now also sends .*charge\.refunded/);
    expect(text).toMatch(/was disabled, now enabled/);
  });

  it("finds our endpoint among many (paged list) and leaves other addresses alone", async () => {
    for (let i = 0; i < 120; i++) await stripe.webhookEndpoints.create({ url: `https://other.example.org/hook/${i}`, enabled_events: ["*"] });
    await setUp();
    fake.requests.length = 0;
    const { text } = await setUp();
    expect(text).toMatch(/up to date/);
    expect(fake.requests.filter((r) => r.path === "/v1/webhook_endpoints" && r.method === "GET").length).toBe(2);
    expect(fake.webhookEndpoints).toHaveLength(121);
  });

  it("refuses an endpoint of another API version, changing nothing, and says what --replace will do", async () => {
    const old = await stripe.webhookEndpoints.create({ url: URL_, enabled_events: ["checkout.session.completed"] });
    expect(old.api_version).toBe("2024-06-20"); // the account's default, as in the Dashboard
    fake.requests.length = 0;
    const { status, text } = await setUp();
    expect(status).toBe(1);
    expect(writes()).toEqual([]);
    expect(text).toContain(`${old.id} sends events as API version 2024-06-20, not ${STRIPE_API_VERSION}`);
    expect(text).toMatch(/Stripe cannot change an endpoint's API version/);
    expect(text).toMatch(/Nothing changed\. Run `npm run stripe:setup -- --replace`/);
    expect(text).not.toMatch(/STRIPE_WEBHOOK_SECRET=/);
  });

  it("--replace creates the new endpoint first, prints its secret, then deletes the old one", async () => {
    const old = await stripe.webhookEndpoints.create({ url: URL_, enabled_events: ["checkout.session.completed"] });
    fake.requests.length = 0;
    const { status, lines, text } = await setUp(true);
    expect(status).toBe(0);
    expect(writes()).toEqual(["POST /v1/webhook_endpoints", "DELETE /v1/webhook_endpoints/:id"]);
    expect(fake.webhookEndpoints).toHaveLength(1);
    const [fresh] = fake.webhookEndpoints;
    expect(fresh?.id).not.toBe(old.id);
    expect(fresh?.api_version).toBe(STRIPE_API_VERSION);
    expect(lines).toContain(`STRIPE_WEBHOOK_SECRET=${fresh?.secret}`);
    expect(text.indexOf("With --replace: create a new endpoint, then delete")).toBeLessThan(text.indexOf("Created"));
    expect(text.indexOf("Created")).toBeLessThan(text.indexOf(`Deleted ${old.id}`));
  });

  it("--replace with a right endpoint beside a wrong one keeps the right one and its secret", async () => {
    await setUp();
    const right = fake.webhookEndpoints[0];
    const wrong = await stripe.webhookEndpoints.create({ url: `${URL_}/`, enabled_events: ["*"] });
    expect((await setUp()).status).toBe(1);
    const { status, text } = await setUp(true);
    expect(status).toBe(0);
    expect(fake.webhookEndpoints.map((e) => e.id)).toEqual([right?.id]);
    expect(text).toContain(`Deleted ${wrong.id}`);
    expect(text).not.toMatch(/STRIPE_WEBHOOK_SECRET=/);
  });
});

describe("its settings", () => {
  it("builds the endpoint from SITE_URL and refuses plain http off this machine", () => {
    expect(webhookEndpointUrl("https://appeal.example.org")).toBe("https://appeal.example.org/api/stripe/webhook");
    expect(webhookEndpointUrl("http://localhost:3000")).toBe("http://localhost:3000/api/stripe/webhook");
    expect(() => webhookEndpointUrl("http://appeal.example.org")).toThrow(SetupRefusal);
    expect(() => webhookEndpointUrl("http://appeal.example.org")).toThrow(/Stripe must send payment events over https/);
  });

  it("names each missing or malformed variable", () => {
    expect(() => readSetupSettings({})).toThrow(/STRIPE_SECRET_KEY is not set[\s\S]*SITE_URL is not set/);
    expect(() => readSetupSettings({ STRIPE_SECRET_KEY: "pk_test_x", SITE_URL: SITE })).toThrow(/STRIPE_SECRET_KEY must start with sk_test_/);
    expect(readSetupSettings({ STRIPE_SECRET_KEY: SECRET_KEY, SITE_URL: `${SITE}/`, STRIPE_API_BASE: "" })).toEqual({
      secretKey: SECRET_KEY,
      siteUrl: SITE,
      apiBase: undefined,
    });
  });
});

describe("the command itself", () => {
  const run = (env: Record<string, string>, args: string[] = []) =>
    promisify(execFile)(process.execPath, ["--import", "tsx", "--import", "./scripts/lib/server-only-hook.mjs", "scripts/stripe-setup.ts", ...args], {
      env: { NODE_ENV: "production", PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      encoding: "utf8",
      timeout: 60_000,
    }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it("creates the endpoint with a secret key and no webhook secret yet, and refuses a plain-http public site", async () => {
    const ok = await run({ STRIPE_SECRET_KEY: SECRET_KEY, SITE_URL: SITE, STRIPE_API_BASE: fake.url });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`STRIPE_WEBHOOK_SECRET=${fake.webhookEndpoints[0]?.secret}`);

    const refused = await run({ STRIPE_SECRET_KEY: SECRET_KEY, SITE_URL: "http://appeal.example.org", STRIPE_API_BASE: fake.url });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^SITE_URL is http:\/\/appeal\.example\.org: Stripe must send payment events over https/);
    expect(fake.webhookEndpoints).toHaveLength(1);
  }, 180_000); // two node processes that load the SDK and the handlers: slow on a busy machine
});
