import crypto from "node:crypto";
import { safeEqual, sha256, sign } from "@/lib/security/app-secret";

// The organiser has no password: links carry tokens derived with the server's secret from the
// drive and a nonce that only the queued job carries. Only a token's SHA-256 is stored, so a copy
// of the database alone confirms, edits or unsubscribes nothing.

export const newNonce = (): string => crypto.randomBytes(16).toString("base64url");

export const confirmToken = (driveId: string, nonce: string): string => sign("coat-drive-confirm", `${driveId}:${nonce}`);
export const editToken = (driveId: string, nonce: string): string => sign("coat-drive-edit", `${driveId}:${nonce}`);
/** The organiser's "no more emails about this drive" token, the same in every email. */
export const stopEmailsToken = (driveId: string): string => sign("coat-drive-stop-emails", driveId);

export const isValidStopEmailsToken = (driveId: string, token: string): boolean => safeEqual(stopEmailsToken(driveId), token);

/** A token as links carry it (43 base64url characters), hashed for lookup; null for anything else. */
export function tokenHash(token: string): string | null {
  return /^[A-Za-z0-9_-]{43}$/.test(token) ? sha256(token) : null;
}

export { sha256 };

export const confirmUrl = (siteUrl: string, driveId: string, nonce: string) => `${siteUrl}/coat-drives/confirm?token=${confirmToken(driveId, nonce)}`;
export const editUrl = (siteUrl: string, driveId: string, nonce: string) => `${siteUrl}/coat-drives/edit/${editToken(driveId, nonce)}`;
export const stopEmailsUrl = (siteUrl: string, driveId: string) =>
  `${siteUrl}/coat-drives/stop-emails?d=${encodeURIComponent(driveId)}&t=${stopEmailsToken(driveId)}`;
