import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

function errorFrom(source: Record<string, string | undefined>): Error {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`parseEnv threw a non-Error: ${String(error)}`);
  }
  throw new Error(`parseEnv accepted ${JSON.stringify(source)}`);
}

/** What an empty environment gives: the embedded defaults. */
const EMBEDDED_DEFAULTS = {
  NODE_ENV: "development",
  SITE_URL: "http://localhost:3000",
  PORT: 3000,
  ADMIN_EMAILS: [],
  DATA_DIR: ".data",
  EMAIL_FROM: "Calais Winter Aid <hello@calaiswinteraid.example>",
  CHARITY_POSTAL_ADDRESS: "Calais Winter Aid, 1 Example Yard, Dover CT16 1AA",
  QUEUE_WORKER: "inline",
  POSTCODES_IO_URL: "https://api.postcodes.io",
  MAP_TILE_URL: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  MAP_TILE_ATTRIBUTION: "© OpenStreetMap contributors",
  MAP_TILE_ATTRIBUTION_URL: "https://www.openstreetmap.org/copyright",
  S3_REGION: "auto",
  DEMO_MODE: false,
  TRUSTED_PROXY_HOPS: 0,
  WEB_SERVERS: 1,
};

describe("parseEnv defaults", () => {
  it("needs the whole S3 configuration once a bucket is named", () => {
    expect(() => parseEnv({ S3_BUCKET: "images" })).toThrow(/S3_ACCESS_KEY_ID: must be set when S3_BUCKET is[\s\S]*S3_PUBLIC_URL/);
    expect(parseEnv({ S3_BUCKET: "images", S3_ACCESS_KEY_ID: "a", S3_SECRET_ACCESS_KEY: "b", S3_PUBLIC_URL: "https://images.example.org" }).S3_BUCKET).toBe(
      "images",
    );
  });

  it("gives the embedded defaults when nothing is set", () => {
    expect(parseEnv({})).toEqual(EMBEDDED_DEFAULTS);
  });

  it("treats empty and blank strings as unset", () => {
    const env = parseEnv({
      DATABASE_URL: "",
      SITE_URL: "",
      STRIPE_SECRET_KEY: "",
      STRIPE_WEBHOOK_SECRET: "  ",
      RESEND_API_KEY: "",
      EMAIL_FROM: "",
      AUTH_SECRET: " \t ",
      ADMIN_EMAILS: "",
      DATA_DIR: "",
    });
    expect(env).toEqual(EMBEDDED_DEFAULTS);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.STRIPE_SECRET_KEY).toBeUndefined();
    expect(env.AUTH_SECRET).toBeUndefined();
  });

  it("treats an empty NODE_ENV as unset too", () => {
    expect(parseEnv({ NODE_ENV: "" }).NODE_ENV).toBe("development");
  });

  it("passes a known NODE_ENV through and rejects others", () => {
    expect(parseEnv({ NODE_ENV: "production" }).NODE_ENV).toBe("production");
    expect(parseEnv({ NODE_ENV: "test" }).NODE_ENV).toBe("test");
    expect(errorFrom({ NODE_ENV: "staging" }).message).toContain("NODE_ENV");
  });

  it("ignores variables it does not know", () => {
    expect(parseEnv({ PATH: "/usr/bin", HOME: "/root" })).not.toHaveProperty("PATH");
  });
});

describe("SITE_URL", () => {
  it("defaults to localhost on the port npm start serves on", () => {
    expect(parseEnv({ PORT: "3900" }).SITE_URL).toBe("http://localhost:3900");
    expect(parseEnv({ PORT: "3900", SITE_URL: "https://appeal.example.org" }).SITE_URL).toBe("https://appeal.example.org");
  });

  it.each([
    ["https://calaiswinteraid.example", "https://calaiswinteraid.example"],
    ["https://calaiswinteraid.example/", "https://calaiswinteraid.example"],
    ["https://calaiswinteraid.example///", "https://calaiswinteraid.example"],
    ["http://localhost:3000/", "http://localhost:3000"],
    ["https://example.org/appeal/", "https://example.org/appeal"],
  ])("%s becomes %s", (input, expected) => {
    expect(parseEnv({ SITE_URL: input }).SITE_URL).toBe(expected);
  });

  it.each(["not a url", "ftp://example.org", "javascript:alert(1)", "example.org"])("rejects %s, naming SITE_URL", (value) => {
    expect(errorFrom({ SITE_URL: value }).message).toContain("SITE_URL");
  });
});

describe("prefixed secrets", () => {
  it("accepts the documented prefixes", () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://u:p@localhost:5432/app",
      STRIPE_SECRET_KEY: "sk_test_123",
      STRIPE_WEBHOOK_SECRET: "whsec_abc",
      RESEND_API_KEY: "re_abc",
      AUTH_SECRET: "x".repeat(32),
    });
    expect(env).toMatchObject({
      DATABASE_URL: "postgresql://u:p@localhost:5432/app",
      STRIPE_SECRET_KEY: "sk_test_123",
      STRIPE_WEBHOOK_SECRET: "whsec_abc",
      RESEND_API_KEY: "re_abc",
    });
    expect(parseEnv({ DATABASE_URL: "postgres://localhost/app" }).DATABASE_URL).toBe("postgres://localhost/app");
    for (const key of ["sk_live_1", "rk_test_1", "rk_live_1"]) {
      expect(parseEnv({ STRIPE_SECRET_KEY: key, STRIPE_WEBHOOK_SECRET: "whsec_abc" }).STRIPE_SECRET_KEY).toBe(key);
    }
  });

  it("refuses a Stripe key without the webhook secret that confirms payments", () => {
    expect(() => parseEnv({ STRIPE_SECRET_KEY: "sk_test_123" })).toThrow(/STRIPE_WEBHOOK_SECRET: must be set when STRIPE_SECRET_KEY is/);
  });

  it.each([
    ["STRIPE_SECRET_KEY", "pk_test_publishable"],
    ["STRIPE_SECRET_KEY", "sk_123"],
    ["STRIPE_SECRET_KEY", "whsec_wrong_one"],
    ["STRIPE_WEBHOOK_SECRET", "sk_test_wrong_one"],
    ["STRIPE_WEBHOOK_SECRET", "WHSEC_upper"],
    ["RESEND_API_KEY", "sk_test_wrong_one"],
    ["RESEND_API_KEY", "key_re_abc"],
    ["DATABASE_URL", "mysql://localhost/app"],
    ["DATABASE_URL", "localhost:5432/app"],
    ["AUTH_SECRET", "too-short"],
  ])("%s=%s throws an error naming the variable", (name, value) => {
    const error = errorFrom({ [name]: value });
    expect(error.message).toContain(name);
    expect(error.message).toMatch(/^Invalid environment configuration/);
  });

  it("does not echo a rejected secret into the error message", () => {
    const error = errorFrom({ STRIPE_SECRET_KEY: "pk_live_secretvalue123" });
    expect(error.message).not.toContain("secretvalue123");
  });

  it("names every bad variable at once", () => {
    const error = errorFrom({ STRIPE_SECRET_KEY: "nope", RESEND_API_KEY: "nope", DATABASE_URL: "nope" });
    expect(error.message).toContain("STRIPE_SECRET_KEY");
    expect(error.message).toContain("RESEND_API_KEY");
    expect(error.message).toContain("DATABASE_URL");
  });
});

describe("ADMIN_EMAILS", () => {
  it("splits on commas, trims, lowercases and drops empty entries", () => {
    expect(parseEnv({ ADMIN_EMAILS: " Jo@Example.org ,SAM@calaiswinteraid.example,, ,x@y.z " }).ADMIN_EMAILS).toEqual([
      "jo@example.org",
      "sam@calaiswinteraid.example",
      "x@y.z",
    ]);
  });

  it("is a one-element list for a single address", () => {
    expect(parseEnv({ ADMIN_EMAILS: "Admin@Example.org" }).ADMIN_EMAILS).toEqual(["admin@example.org"]);
  });
});
