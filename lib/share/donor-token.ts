import "server-only";
import { safeEqual, sign } from "@/lib/security/app-secret";
import { isShowableFirstName, MAX_CLAIM_QUANTITY, type DonorClaim } from "./donor-claim";

// A donor's share address is /shared/<token>. The token carries the claim itself, signed with the
// server's secret, so nothing is stored and nobody can make a card for a claim or a name the site
// did not issue: only the thank-you page of a paid donation mints one.
//
//   <payload>.<mac>   payload = base64url("c2" | "p1" | "g1", then ".Robin" when chosen)
//                     mac     = HMAC-SHA256("share-card:" + payload), first 22 base64url characters
//
// 22 characters keep 132 of the MAC's 256 bits: far beyond guessing, and the address stays short
// enough to paste into a message.

const PURPOSE = "share-card";
const MAC_LENGTH = 22;
const kindCodes = { coat: "c", pack: "p", gift: "g" } as const;
const codeKinds = { c: "coat", p: "pack", g: "gift" } as const;

function mac(payload: string): string {
  return sign(PURPOSE, payload).slice(0, MAC_LENGTH);
}

export function signDonorClaim(claim: DonorClaim): string {
  if (!Number.isInteger(claim.quantity) || claim.quantity < 1 || claim.quantity > MAX_CLAIM_QUANTITY) {
    throw new RangeError("A share card needs a quantity from 1 to 999");
  }
  if (claim.firstName !== undefined && !isShowableFirstName(claim.firstName)) {
    throw new RangeError("That first name cannot go on a share card");
  }
  const plain = `${kindCodes[claim.kind]}${claim.kind === "gift" ? 1 : claim.quantity}${claim.firstName ? `.${claim.firstName}` : ""}`;
  const payload = Buffer.from(plain, "utf8").toString("base64url");
  return `${payload}.${mac(payload)}`;
}

/** The claim a token carries, or null for anything the server did not sign exactly so. */
export function readDonorToken(token: string): DonorClaim | null {
  if (token.length > 120) return null;
  const match = /^([A-Za-z0-9_-]{2,80})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!match) return null;
  const [, payload = "", given = ""] = match;
  if (!safeEqual(mac(payload), given)) return null;
  const plain = /^([cpg])([1-9]\d{0,2})(?:\.(.+))?$/u.exec(Buffer.from(payload, "base64url").toString("utf8"));
  if (!plain) return null;
  const [, code, digits = "", firstName] = plain;
  const kind = codeKinds[code as keyof typeof codeKinds];
  const quantity = Number(digits);
  if (kind === "gift" && quantity !== 1) return null;
  if (firstName !== undefined && !isShowableFirstName(firstName)) return null;
  return firstName === undefined ? { kind, quantity } : { kind, quantity, firstName };
}
