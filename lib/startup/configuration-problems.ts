import { addressPart } from "@/lib/email/address-part";
import { DEMO_EMAIL_FROM, type Env } from "@/lib/env";
import { paymentKeyMode } from "@/lib/stripe/payment-mode";
import { buildSettingsProblems, type BuildSettings } from "./build-settings";
import { isLocalOrigin } from "./local-origin";

// Lives in its own file so code that must not load lib/env.ts (npm run stripe:setup) can use it.
export { isLocalOrigin };

/** The variables the rule reads; a plain object, so the rule is a pure function. */
export type StartupEnv = Pick<
  Env,
  | "SITE_URL"
  | "DEMO_MODE"
  | "S3_PUBLIC_URL"
  | "MAP_TILE_URL"
  | "STRIPE_SECRET_KEY"
  | "STRIPE_WEBHOOK_SECRET"
  | "STRIPE_API_BASE"
  | "AUTH_SECRET"
  | "RESEND_API_KEY"
  | "RESEND_BASE_URL"
  | "RESEND_WEBHOOK_SECRET"
  | "EMAIL_FROM"
  | "DATABASE_URL"
  | "WEB_SERVERS"
  | "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"
  | "NEXT_DEPLOYMENT_ID"
>;

const DEMO_HINT = "or set DEMO_MODE=1 to run a labelled demo in which no money moves";

/** Mail domains reserved for examples and tests (RFC 2606, RFC 6761): no real mail comes from them. */
const RESERVED_MAIL_DOMAIN = /\.(example|test|invalid|localhost)$|^(example\.(com|net|org)|localhost)$/;

/** The address part of `Name <address>` or of a bare address. */
function mailDomain(from: string): string | null {
  const address = addressPart(from);
  const at = address.lastIndexOf("@");
  return at > 0 ? address.slice(at + 1).toLowerCase() : null;
}

/**
 * Why this configuration must not start, one line per variable, by name; empty when it may.
 *
 * On localhost the embedded defaults are the point: the built-in test checkout, the outbox and a
 * generated secret, with nothing configured. A site on any other origin takes real donations from
 * strangers, so it needs live Stripe keys, its own AUTH_SECRET and a real email provider, unless
 * the operator opts into a labelled demo (DEMO_MODE), whose every page then says no money moves.
 * A demo never runs on live keys, wherever it is: the banner would be a lie. `built` is what the
 * build baked in (lib/startup/build-settings.ts), where known (null before building): the server
 * must start with the same, or its prerendered pages would contradict it.
 * Several servers (WEB_SERVERS above 1) need what lets them stand in for each other, everywhere:
 * see severalServersProblems.
 */
export function configurationProblems(env: StartupEnv, built: BuildSettings | null = null): string[] {
  const keyMode = paymentKeyMode(env.STRIPE_SECRET_KEY);
  if (built) {
    const mismatched = buildSettingsProblems(built, settingsOfEnv(env));
    if (mismatched.length) return mismatched;
  }
  // Several servers, wherever they are and demo or not: what one server made, another must accept.
  const problems = severalServersProblems(env);
  if (env.DEMO_MODE) {
    if (keyMode === "live")
      problems.push("DEMO_MODE is set but STRIPE_SECRET_KEY is a live key: a demo says no money moves, so it must not take real money (unset one of them)");
    return problems;
  }
  if (isLocalOrigin(env.SITE_URL)) return problems;

  const site = `a public site (SITE_URL=${env.SITE_URL})`;
  if (!env.STRIPE_SECRET_KEY) problems.push(`STRIPE_SECRET_KEY is not set: ${site} needs real payment keys (${DEMO_HINT})`);
  else if (keyMode !== "live") problems.push(`STRIPE_SECRET_KEY is a test key: ${site} needs a live key, sk_live_ or rk_live_ (${DEMO_HINT})`);
  if (!env.STRIPE_WEBHOOK_SECRET)
    problems.push(`STRIPE_WEBHOOK_SECRET is not set: ${site} can only confirm payments with the secret of its Stripe webhook endpoint (${DEMO_HINT})`);
  if (env.STRIPE_API_BASE)
    problems.push(`STRIPE_API_BASE is set: ${site} must talk to Stripe itself, not to ${env.STRIPE_API_BASE} (it is for the test suite's fake)`);
  if (!env.AUTH_SECRET && env.WEB_SERVERS === 1)
    problems.push(
      `AUTH_SECRET is not set: ${site} needs its own secret for staff sign-in, at least 32 characters, e.g. \`openssl rand -base64 32\` (${DEMO_HINT})`,
    );
  if (!env.RESEND_API_KEY)
    problems.push(`RESEND_API_KEY is not set: ${site} needs an email provider, or receipts and sign-in links are only written to the outbox (${DEMO_HINT})`);
  else if (!env.RESEND_WEBHOOK_SECRET)
    problems.push(
      `RESEND_WEBHOOK_SECRET is not set: ${site} must hear of bounces and spam complaints, or updates keep going to addresses that refuse them (add a webhook at Resend for email.delivered, email.bounced and email.complained pointing at ${new URL("/api/resend/webhook", env.SITE_URL).href}, and set its signing secret)`,
    );
  if (env.RESEND_BASE_URL)
    problems.push(`RESEND_BASE_URL is set: ${site} must send email through Resend itself, not ${env.RESEND_BASE_URL} (it is for the test suite's fake)`);
  const domain = mailDomain(env.EMAIL_FROM);
  if (env.EMAIL_FROM === DEMO_EMAIL_FROM) {
    problems.push(`EMAIL_FROM is not set: ${site} needs a sender on a domain verified with Resend (${DEMO_HINT})`);
  } else if (!domain || RESERVED_MAIL_DOMAIN.test(domain)) {
    problems.push(
      `EMAIL_FROM is not a real sender: ${site} needs an address on a domain verified with Resend, not ${JSON.stringify(env.EMAIL_FROM)} (${DEMO_HINT})`,
    );
  }
  return problems;
}

/**
 * With WEB_SERVERS above 1, the servers share one database and stand in for each other behind a
 * load balancer: a sign-in link, a session or a form made by one is used on another. Each of these
 * would otherwise be made per machine (the embedded PostgreSQL under .data/, a secret generated
 * into .data/, an action key and deployment id generated per build).
 */
function severalServersProblems(env: StartupEnv): string[] {
  if (env.WEB_SERVERS <= 1) return [];
  const servers = `WEB_SERVERS=${env.WEB_SERVERS}`;
  const problems: string[] = [];
  if (!env.DATABASE_URL)
    problems.push(`DATABASE_URL is not set: with ${servers} every server needs the same PostgreSQL (the embedded one is this machine's alone)`);
  if (!env.AUTH_SECRET)
    problems.push(
      `AUTH_SECRET is not set: with ${servers} every server needs the same secret, or a sign-in link or session made by one fails on another; at least 32 characters, e.g. \`openssl rand -base64 32\``,
    );
  if (!env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY)
    problems.push(
      `NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set: with ${servers} the build and every server need the same key, or a form rendered by one server fails when posted to another; e.g. \`openssl rand -base64 32\``,
    );
  if (!env.NEXT_DEPLOYMENT_ID)
    problems.push(
      `NEXT_DEPLOYMENT_ID is not set: with ${servers} the build and every server need the same deployment id (a release name or commit), so they recognise each other's pages and forms`,
    );
  return problems;
}

/** The baked settings as the running site reads them (lib/env.ts). */
export function settingsOfEnv(env: Pick<StartupEnv, "SITE_URL" | "DEMO_MODE" | "S3_PUBLIC_URL" | "MAP_TILE_URL">): BuildSettings {
  return { SITE_URL: env.SITE_URL, DEMO_MODE: env.DEMO_MODE, S3_PUBLIC_URL: env.S3_PUBLIC_URL ?? null, MAP_TILE_URL: env.MAP_TILE_URL };
}
