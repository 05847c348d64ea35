import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

let cached: string | undefined;

/**
 * The server's signing secret: AUTH_SECRET when set, otherwise one generated once into the data
 * folder (the embedded default), so tokens and links stay valid across restarts.
 */
export function appSecret(): string {
  if (cached) return cached;
  if (env.AUTH_SECRET) return (cached = env.AUTH_SECRET);
  const file = path.resolve(env.DATA_DIR, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, `${crypto.randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
    } catch {
      // Another process wrote it first: use theirs.
    }
  }
  return (cached = fs.readFileSync(file, "utf8").trim());
}

/** HMAC-SHA256 of a purpose-prefixed message, base64url: 256 bits. */
export function sign(purpose: string, message: string): string {
  return crypto.createHmac("sha256", appSecret()).update(`${purpose}:${message}`).digest("base64url");
}

export function sha256(value: string): string {
  return crypto.createHash("sha256").update(value).digest("hex");
}

/** Constant-time comparison of two strings. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
