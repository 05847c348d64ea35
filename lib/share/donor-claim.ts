import { isCardSafe } from "@/lib/og/card-text";

/**
 * What a donor's share card says: the kind of gift and how many, and a first name only when the
 * donor chose to show it. Never an amount, an email address or a surname.
 */
export type DonorClaim = {
  kind: "coat" | "pack" | "gift";
  /** 1 for a gift of the donor's own amount (the card does not say how much). */
  quantity: number;
  firstName?: string;
};

export const MAX_CLAIM_QUANTITY = 999;
const MAX_FIRST_NAME = 24;

/** The donation, as the thank-you page reads it, turned into a claim (without a name). */
export function claimForDonation(donation: { kind: "COAT" | "PACK" | "CUSTOM"; quantity: number }): DonorClaim {
  if (donation.kind === "CUSTOM") return { kind: "gift", quantity: 1 };
  const quantity = Math.min(Math.max(1, donation.quantity), MAX_CLAIM_QUANTITY);
  return { kind: donation.kind === "COAT" ? "coat" : "pack", quantity };
}

/** A first name the card can show: letters (with accents), hyphens and apostrophes, one word. */
export function isShowableFirstName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_FIRST_NAME && /^\p{L}[\p{L}\p{M}'’-]*$/u.test(name) && isCardSafe(name);
}

/**
 * The first name to offer the donor, from the name they gave (a Gift Aid declaration's first name,
 * or the name on the card): its first word, "ROBIN" as "Robin". Null when there is nothing the
 * card can print faithfully, so the choice is not offered.
 */
export function firstNameFrom(...names: (string | null | undefined)[]): string | null {
  for (const full of names) {
    const word = full?.normalize("NFC").trim().split(/\s+/)[0];
    if (!word) continue;
    const name = word.length > 1 && word === word.toUpperCase() ? word[0] + word.slice(1).toLowerCase() : word;
    if (isShowableFirstName(name)) return name;
  }
  return null;
}

/** "I bought 2 coats for people sleeping rough this winter", or with the donor’s first name. */
export function claimSentence(claim: DonorClaim): string {
  const who = claim.firstName ?? "I";
  if (claim.kind === "gift") return `${who} gave to keep people sleeping rough warm this winter`;
  const one = claim.quantity === 1;
  const thing = claim.kind === "coat" ? (one ? "a coat" : `${claim.quantity} coats`) : one ? "a clothing pack" : `${claim.quantity} clothing packs`;
  return `${who} bought ${thing} for ${one ? "someone" : "people"} sleeping rough this winter`;
}
