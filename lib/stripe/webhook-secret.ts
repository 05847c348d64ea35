import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

let cached: string | undefined;

/**
 * The secret webhook signatures are checked with: STRIPE_WEBHOOK_SECRET, or in test mode one
 * generated once into the data folder, with which the built-in checkout signs its events.
 */
export function webhookSecret(): string {
  if (cached) return cached;
  if (env.STRIPE_WEBHOOK_SECRET) return (cached = env.STRIPE_WEBHOOK_SECRET);
  const file = path.resolve(env.DATA_DIR, "stripe-webhook-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, `whsec_test_${crypto.randomBytes(24).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
    } catch {
      // written by another process first
    }
  }
  return (cached = fs.readFileSync(file, "utf8").trim());
}
