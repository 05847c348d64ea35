import "server-only";
import { z } from "zod";
import { effectiveTileUrl, OSM_ATTRIBUTION, OSM_ATTRIBUTION_URL, OSM_TILE_URL, tileUrlProblem } from "./donation-points/tile-settings";

const noLineBreaks = /^[^\r\n]*$/;

/** The sender the embedded default writes to the outbox with: not an address mail can come from. */
export const DEMO_EMAIL_FROM = "Calais Winter Aid <hello@calaiswinteraid.example>";

// The one place that reads process.env. Empty strings count as unset, so `FOO=` in a .env file
// falls back to the embedded default instead of becoming a broken value.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const schema = z.object({
  NODE_ENV: optional(z.enum(["development", "production", "test"])).transform((v) => v ?? "development"),
  /** Set by Next.js itself: `phase-production-build` while `next build` prerenders pages. */
  NEXT_PHASE: optional(z.string()),
  /** Set by `npm start` to the embedded PostgreSQL when the operator gives none. */
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")),
  /** The public origin, and the only source of every absolute URL the site writes. Unset: http://localhost:$PORT. */
  SITE_URL: optional(z.url({ protocol: /^https?$/ })).transform((v) => v?.replace(/\/+$/, "")),
  /** The port `npm start` serves on (3000 when unset); also the embedded default's SITE_URL. */
  PORT: optional(z.string().regex(/^[1-9][0-9]{0,4}$/, "must be a port number")).transform((v) => Number(v ?? "3000")),
  STRIPE_SECRET_KEY: optional(z.string().regex(/^(sk|rk)_(test|live)_/, "must start with sk_test_, sk_live_, rk_test_ or rk_live_")),
  STRIPE_WEBHOOK_SECRET: optional(z.string().startsWith("whsec_", "must start with whsec_")),
  /** Stripe's API origin; the test suite points the SDK at a local fake. */
  STRIPE_API_BASE: optional(z.url({ protocol: /^https?$/ })),
  RESEND_API_KEY: optional(z.string().startsWith("re_", "must start with re_")),
  /** The signing secret of Resend's webhook endpoint (bounces and complaints: app/api/resend/webhook). */
  RESEND_WEBHOOK_SECRET: optional(z.string().startsWith("whsec_", "must start with whsec_")),
  /** Resend's API origin; the test suite points it at a local fake. */
  RESEND_BASE_URL: optional(z.url({ protocol: /^https?$/ })),
  EMAIL_FROM: optional(z.string().regex(noLineBreaks, "must be one line")).transform((v) => v ?? DEMO_EMAIL_FROM),
  EMAIL_REPLY_TO: optional(z.email()),
  /** Printed in every email's footer, as UK law and good practice expect. */
  CHARITY_POSTAL_ADDRESS: optional(z.string().regex(noLineBreaks, "must be one line")).transform(
    (v) => v ?? "Calais Winter Aid, 1 Example Yard, Dover CT16 1AA",
  ),
  /** "inline" (default): the web server also runs the job queue; "separate": `npm run worker` does. */
  QUEUE_WORKER: optional(z.enum(["inline", "separate"])).transform((v) => v ?? "inline"),
  AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
  ADMIN_EMAILS: optional(z.string()).transform((v) =>
    (v ?? "")
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  ),
  /** postcodes.io's origin for turning postcodes into coordinates; the tests point it at a local fake. */
  POSTCODES_IO_URL: optional(z.url({ protocol: /^https?$/ })).transform((v) => (v ?? "https://api.postcodes.io").replace(/\/+$/, "")),
  /**
   * The tile server the drop-off point finder's map draws from, as a template with {z}, {x} and
   * {y}; "off" for no map (the list alone). Unset: OpenStreetMap's standard tiles. Its origin is
   * baked into the security policy's img-src at build time (lib/startup/build-settings.ts).
   */
  MAP_TILE_URL: z
    .preprocess((v) => (typeof v === "string" ? v : undefined), z.string().optional())
    .transform((v) => effectiveTileUrl(v))
    .superRefine((v, ctx) => {
      const problem = v === null ? null : tileUrlProblem(v);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  /** The credit the tile server asks for, shown on the map; OpenStreetMap's when its tiles are used. */
  MAP_TILE_ATTRIBUTION: optional(z.string().trim().max(200, "must be at most 200 characters").regex(noLineBreaks, "must be one line")),
  /** Where the credit links to (the tiles' licence or copyright page). */
  MAP_TILE_ATTRIBUTION_URL: optional(z.url({ protocol: /^https?$/ })),
  /** S3-compatible storage for uploaded images. Unset: files are kept under DATA_DIR/uploads. */
  S3_BUCKET: optional(z.string()),
  /** The storage's API origin (R2, MinIO, Spaces…); unset means AWS S3 in S3_REGION. */
  S3_ENDPOINT: optional(z.url({ protocol: /^https?$/ })),
  S3_REGION: optional(z.string()).transform((v) => v ?? "auto"),
  S3_ACCESS_KEY_ID: optional(z.string()),
  S3_SECRET_ACCESS_KEY: optional(z.string()),
  /** Where the bucket's objects are publicly readable, e.g. https://images.example.org. */
  S3_PUBLIC_URL: optional(z.url({ protocol: /^https?$/ })),
  /**
   * An explicit opt-in to run a labelled demo (built-in test checkout, outbox, generated secret)
   * on a public SITE_URL: every page then says "Demo: no money moves". See lib/startup-check.ts.
   */
  DEMO_MODE: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(["1", "true", "yes", "0", "false", "no"], "must be 1, true, 0 or false")),
  ).transform((v) => v === "1" || v === "true" || v === "yes"),
  /** Where the outbox, uploads and generated secrets live in the embedded default. */
  DATA_DIR: optional(z.string()).transform((v) => v ?? ".data"),
  /**
   * How many proxies in front of the site are trusted to say who the client is (X-Forwarded-For).
   * 0 (default): the site is exposed directly and the socket's address is the truth; any
   * X-Forwarded-For a client sends is ignored. 1: behind docs/nginx/winter-appeal.conf.template,
   * which writes the address it saw. Read by the server entry (scripts/serve.ts).
   */
  TRUSTED_PROXY_HOPS: optional(z.string().regex(/^[0-9]$/, "must be a whole number of proxies, 0 to 9")).transform((v) => Number(v ?? "0")),
  /**
   * How many servers run the site on this DATABASE_URL (default 1). Above 1, the start-up check
   * requires what lets them stand in for each other (lib/startup/configuration-problems.ts):
   * DATABASE_URL, AUTH_SECRET, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY and NEXT_DEPLOYMENT_ID.
   */
  WEB_SERVERS: optional(z.string().regex(/^[1-9][0-9]{0,2}$/, "must be a whole number of servers, 1 or more")).transform((v) => Number(v ?? "1")),
  /**
   * The key Next.js encrypts server actions' closed-over values with, read by Next.js itself: the
   * same on the build and every server, or a form rendered by one fails on another. Unset: a key
   * generated per build. 32 random bytes in base64, e.g. `openssl rand -base64 32`.
   */
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optional(
    z
      .string()
      .refine(
        (v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && [16, 24, 32].includes(Buffer.from(v, "base64").length),
        "must be 32 random bytes in base64, e.g. `openssl rand -base64 32`",
      ),
  ),
  /** Names the build (next.config.ts deploymentId): the same on the build and every server. */
  NEXT_DEPLOYMENT_ID: optional(z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, "must be 1 to 64 letters, digits, dots, dashes or underscores")),
});

const checked = schema
  .transform((v) => {
    // OpenStreetMap's tiles carry OpenStreetMap's credit unless the operator words it otherwise.
    const osm = v.MAP_TILE_URL === OSM_TILE_URL;
    return {
      ...v,
      SITE_URL: v.SITE_URL ?? `http://localhost:${v.PORT}`,
      MAP_TILE_ATTRIBUTION: v.MAP_TILE_ATTRIBUTION ?? (osm ? OSM_ATTRIBUTION : undefined),
      MAP_TILE_ATTRIBUTION_URL: v.MAP_TILE_ATTRIBUTION_URL ?? (osm && !v.MAP_TILE_ATTRIBUTION ? OSM_ATTRIBUTION_URL : undefined),
    };
  })
  .superRefine((v, ctx) => {
    if (v.MAP_TILE_URL !== null && !v.MAP_TILE_ATTRIBUTION) {
      ctx.addIssue({
        code: "custom",
        path: ["MAP_TILE_ATTRIBUTION"],
        message: "must be set when MAP_TILE_URL names another tile server: tile servers ask for credit on the map",
      });
    }
    if (v.STRIPE_SECRET_KEY && !v.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["STRIPE_WEBHOOK_SECRET"],
        message: "must be set when STRIPE_SECRET_KEY is: without it no payment can be confirmed",
      });
    }
    if (v.S3_BUCKET) {
      for (const key of ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_PUBLIC_URL"] as const) {
        if (!v[key]) ctx.addIssue({ code: "custom", path: [key], message: "must be set when S3_BUCKET is" });
      }
    }
  });

export type Env = z.infer<typeof checked>;

/** Parses a set of variables; exported for tests. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = checked.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
