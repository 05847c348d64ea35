import "server-only";
import { sha256, sign } from "@/lib/security/app-secret";

// A photo's two private links, derived from its random nonce and the server's secret (never
// stored): the database keeps only their SHA-256, so a copy of it can neither confirm nor delete.

export const confirmPhotoToken = (nonce: string) => sign("coat-wall-confirm", nonce);
export const deletePhotoToken = (nonce: string) => sign("coat-wall-delete", nonce);

/** What a link's token is stored as. */
export const tokenHash = (token: string) => sha256(token);

/** A token as the links carry it: 43 base64url characters (HMAC-SHA256). */
export const isTokenShaped = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

export const confirmPhotoUrl = (siteUrl: string, nonce: string) => `${siteUrl}/coat-wall/confirm?token=${encodeURIComponent(confirmPhotoToken(nonce))}`;
export const deletePhotoUrl = (siteUrl: string, nonce: string) => `${siteUrl}/coat-wall/delete?token=${encodeURIComponent(deletePhotoToken(nonce))}`;
