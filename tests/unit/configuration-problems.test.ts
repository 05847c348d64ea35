import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { buildSettingsOf } from "@/lib/startup/build-settings";
import { configurationProblems, isLocalOrigin } from "@/lib/startup/configuration-problems";
import { paymentKeyMode } from "@/lib/stripe/payment-mode";

const LIVE = {
  SITE_URL: "https://winter.example.org",
  STRIPE_SECRET_KEY: "sk_live_abc123",
  STRIPE_WEBHOOK_SECRET: "whsec_abc123",
  AUTH_SECRET: "a".repeat(32),
  RESEND_API_KEY: "re_abc123",
  RESEND_WEBHOOK_SECRET: "whsec_abc123",
  EMAIL_FROM: "Calais Winter Aid <hello@calaiswinteraid.org>",
};

const problems = (source: Record<string, string | undefined>) => configurationProblems(parseEnv(source));
/** The variable each line names: the first word. */
const named = (source: Record<string, string | undefined>) => problems(source).map((line) => line.split(" ")[0]);

describe("isLocalOrigin", () => {
  it.each(["http://localhost:3000", "http://LOCALHOST", "http://127.0.0.1:8080", "http://[::1]:3000", "https://appeal.localhost", "http://a.b.localhost:1"])(
    "%s is local",
    (url) => {
      expect(isLocalOrigin(url)).toBe(true);
    },
  );
  it.each([
    "https://winter.example.org",
    "http://192.168.1.10:3000",
    "http://0.0.0.0:3000",
    "http://127.0.0.2",
    "http://localhost.example.org",
    "http://[::2]",
    "not a url",
  ])("%s is not", (url) => {
    expect(isLocalOrigin(url)).toBe(false);
  });
});

describe("configurationProblems", () => {
  it("lets localhost start with nothing configured: the embedded defaults", () => {
    expect(problems({})).toEqual([]);
    expect(problems({ SITE_URL: "http://127.0.0.1:3100" })).toEqual([]);
  });

  it("names every missing variable, one line each, on a public site with nothing configured", () => {
    expect(named({ SITE_URL: "https://winter.example.org" })).toEqual([
      "STRIPE_SECRET_KEY",
      "STRIPE_WEBHOOK_SECRET",
      "AUTH_SECRET",
      "RESEND_API_KEY",
      "EMAIL_FROM",
    ]);
    const [first] = problems({ SITE_URL: "https://winter.example.org" });
    expect(first).toBe(
      "STRIPE_SECRET_KEY is not set: a public site (SITE_URL=https://winter.example.org) needs real payment keys (or set DEMO_MODE=1 to run a labelled demo in which no money moves)",
    );
  });

  it("lets a public site start with live keys, its own secret and an email provider", () => {
    expect(problems(LIVE)).toEqual([]);
    expect(problems({ ...LIVE, STRIPE_SECRET_KEY: "rk_live_restricted" })).toEqual([]);
  });

  it("names each one that is missing from an otherwise complete configuration", () => {
    for (const key of ["STRIPE_SECRET_KEY", "AUTH_SECRET", "RESEND_API_KEY", "RESEND_WEBHOOK_SECRET", "EMAIL_FROM"] as const) {
      expect(named({ ...LIVE, [key]: "" })).toEqual([key]);
    }
  });

  it("refuses test keys on a public site: strangers would see gifts that are never charged", () => {
    expect(named({ ...LIVE, STRIPE_SECRET_KEY: "sk_test_abc" })).toEqual(["STRIPE_SECRET_KEY"]);
    expect(problems({ ...LIVE, STRIPE_SECRET_KEY: "rk_test_abc" })[0]).toMatch(/^STRIPE_SECRET_KEY is a test key: .* needs a live key/);
  });

  it("refuses the demo sender and any reserved mail domain", () => {
    for (const from of ["Someone <someone@charity.example>", "hello@example.com", "a@b.test", "Name <no-at-sign>"]) {
      expect(named({ ...LIVE, EMAIL_FROM: from })).toEqual(["EMAIL_FROM"]);
    }
    expect(problems({ ...LIVE, EMAIL_FROM: "appeal@mail.charity.org.uk" })).toEqual([]);
  });

  it("refuses the test suite's fakes on a public site", () => {
    expect(named({ ...LIVE, STRIPE_API_BASE: "http://127.0.0.1:9999", RESEND_BASE_URL: "http://127.0.0.1:9998" })).toEqual([
      "STRIPE_API_BASE",
      "RESEND_BASE_URL",
    ]);
  });

  it("lets an explicit demo start anywhere with nothing configured", () => {
    expect(problems({ SITE_URL: "https://demo.example.org", DEMO_MODE: "1" })).toEqual([]);
    expect(problems({ SITE_URL: "https://demo.example.org", DEMO_MODE: "TRUE" })).toEqual([]);
    expect(problems({ SITE_URL: "https://demo.example.org", DEMO_MODE: "yes", STRIPE_SECRET_KEY: "sk_test_abc", STRIPE_WEBHOOK_SECRET: "whsec_a" })).toEqual(
      [],
    );
  });

  it("treats DEMO_MODE=0, false or empty as no demo", () => {
    for (const value of ["0", "false", "no", ""]) {
      expect(named({ SITE_URL: "https://winter.example.org", DEMO_MODE: value })[0]).toBe("STRIPE_SECRET_KEY");
    }
    expect(() => parseEnv({ DEMO_MODE: "maybe" })).toThrow(/DEMO_MODE: must be 1, true, 0 or false/);
  });

  it("refuses a demo on live keys, even on localhost: the banner would be a lie", () => {
    expect(named({ ...LIVE, DEMO_MODE: "1" })).toEqual(["DEMO_MODE"]);
    expect(named({ STRIPE_SECRET_KEY: "sk_live_abc", STRIPE_WEBHOOK_SECRET: "whsec_a", DEMO_MODE: "true" })).toEqual(["DEMO_MODE"]);
  });
});

describe("paymentKeyMode", () => {
  it("is live only for live keys: test keys and the built-in checkout (no key) are test", () => {
    expect(paymentKeyMode("sk_live_abc")).toBe("live");
    expect(paymentKeyMode("rk_live_abc")).toBe("live");
    expect(paymentKeyMode("sk_test_abc")).toBe("test");
    expect(paymentKeyMode("rk_test_abc")).toBe("test");
    expect(paymentKeyMode(undefined)).toBe("test");
  });
});

describe("configurationProblems and what the build baked in", () => {
  const builtFor = (source: Record<string, string | undefined>) => buildSettingsOf(source);

  it("refuses a demo on a build made without it: its cached pages would carry no banner", () => {
    const demo = { SITE_URL: "https://demo.example.org", DEMO_MODE: "1" };
    expect(configurationProblems(parseEnv(demo), builtFor({ ...demo, DEMO_MODE: "" }))).toEqual([
      "DEMO_MODE is set but the site was built without it: its cached pages carry no demo banner (build again with DEMO_MODE=1)",
    ]);
    expect(configurationProblems(parseEnv(demo), builtFor(demo))).toEqual([]);
  });

  it("refuses a real site on a demo build, and knows nothing before the build", () => {
    expect(configurationProblems(parseEnv(LIVE), builtFor({ ...LIVE, DEMO_MODE: "true" }))[0]).toMatch(/^DEMO_MODE is not set but the site was built with it/);
    expect(configurationProblems(parseEnv(LIVE), builtFor(LIVE))).toEqual([]);
    expect(configurationProblems(parseEnv({}), null)).toEqual([]);
  });

  it("refuses a server whose origin is not the build's, even on localhost: its pages would link to the old one", () => {
    expect(configurationProblems(parseEnv({ PORT: "3100" }), builtFor({}))).toEqual([
      'SITE_URL is "http://localhost:3100" but the site was built for "http://localhost:3000": its prerendered pages link to the old origin (build again with the settings the server runs with (`npm run build`; `npm start` rebuilds by itself))',
    ]);
    expect(named({ ...LIVE })).toEqual([]);
    const moved = configurationProblems(
      parseEnv({ ...LIVE, SITE_URL: "https://winter.example.org/" }),
      builtFor({ ...LIVE, SITE_URL: "https://old.example.org" }),
    );
    expect(moved.map((line) => line.split(" ")[0])).toEqual(["SITE_URL"]);
  });

  it("refuses an image origin the build's security policy does not name", () => {
    const s3 = { S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s", S3_PUBLIC_URL: "https://images.example.org" };
    expect(configurationProblems(parseEnv(s3), builtFor({})).map((line) => line.split(" ")[0])).toEqual(["S3_PUBLIC_URL"]);
    expect(configurationProblems(parseEnv(s3), builtFor(s3))).toEqual([]);
  });
});

describe("configurationProblems with several servers (WEB_SERVERS)", () => {
  const SHARED = {
    DATABASE_URL: "postgresql://appeal@db.internal:5432/appeal",
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    NEXT_DEPLOYMENT_ID: "2026-12-06.1",
  };

  it("asks nothing more of one server", () => {
    expect(problems({ ...LIVE, WEB_SERVERS: "1" })).toEqual([]);
    expect(problems(LIVE)).toEqual([]);
  });

  it("refuses a public site of several servers without a shared database, secret, action key and deployment id", () => {
    expect(named({ ...LIVE, WEB_SERVERS: "2", AUTH_SECRET: undefined })).toEqual([
      "DATABASE_URL",
      "AUTH_SECRET",
      "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY",
      "NEXT_DEPLOYMENT_ID",
    ]);
    const lines = problems({ ...LIVE, WEB_SERVERS: "2" });
    expect(lines).toContain(
      "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set: with WEB_SERVERS=2 the build and every server need the same key, or a form rendered by one server fails when posted to another; e.g. `openssl rand -base64 32`",
    );
    expect(problems({ ...LIVE, ...SHARED, WEB_SERVERS: "3" })).toEqual([]);
  });

  it("requires them on localhost and in a demo too: a generated secret or key is one machine's", () => {
    expect(named({ WEB_SERVERS: "2" })).toEqual(["DATABASE_URL", "AUTH_SECRET", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", "NEXT_DEPLOYMENT_ID"]);
    expect(named({ SITE_URL: "https://demo.example.org", DEMO_MODE: "1", WEB_SERVERS: "2", ...SHARED })).toEqual(["AUTH_SECRET"]);
    expect(problems({ WEB_SERVERS: "2", AUTH_SECRET: "a".repeat(32), ...SHARED })).toEqual([]);
  });

  it("names a malformed setting", () => {
    expect(() => parseEnv({ WEB_SERVERS: "0" })).toThrow(/WEB_SERVERS: must be a whole number of servers/);
    expect(() => parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "short" })).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be 32 random bytes in base64/);
    expect(() => parseEnv({ NEXT_DEPLOYMENT_ID: "release 1" })).toThrow(/NEXT_DEPLOYMENT_ID: must be 1 to 64/);
  });
});
