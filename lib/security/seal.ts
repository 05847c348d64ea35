import "server-only";
import crypto from "node:crypto";
import { appSecret } from "./app-secret";

// Sealing: for the rare secret that must wait somewhere we keep rows (a job on the queue) and be
// read back whole later. AES-256-GCM, with a key of its own for each purpose, derived from the
// server's secret with HKDF: a sealed value is unreadable without the secret, and any change to
// it is detected when it is opened.

const keys = new Map<string, Buffer>();

function keyFor(purpose: string): Buffer {
  let key = keys.get(purpose);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync("sha256", appSecret(), "", `seal:${purpose}`, 32));
    keys.set(purpose, key);
  }
  return key;
}

/** Encrypts `plaintext` for `purpose`: base64url of nonce, ciphertext and tag. */
export function seal(purpose: string, plaintext: string): string {
  const nonce = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyFor(purpose), nonce);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]).toString("base64url");
}

/** The plaintext `seal(purpose, …)` sealed; null when it was sealed otherwise or changed since. */
export function unseal(purpose: string, sealed: string): string | null {
  const bytes = Buffer.from(sealed, "base64url");
  if (bytes.length < 12 + 16) return null;
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", keyFor(purpose), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
