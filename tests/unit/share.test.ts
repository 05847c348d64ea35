import crypto from "node:crypto";
import { describe, expect, it, vi } from "vitest";

// A known secret, set before lib/env.ts reads the environment.
const secret = vi.hoisted(() => {
  process.env.AUTH_SECRET = "share-test-secret-share-test-secret-0123456789";
  return process.env.AUTH_SECRET;
});

import { cardText, isCardSafe } from "@/lib/og/card-text";
import { claimForDonation, claimSentence, firstNameFrom } from "@/lib/share/donor-claim";
import { readDonorToken, signDonorClaim } from "@/lib/share/donor-token";
import { shareText, shareUrls } from "@/lib/share/share-urls";

describe("share addresses", () => {
  const base = { url: "https://example.org/news/a&b?x=1", subject: "Help keep someone warm" };

  it("puts the hashtag in the message once, whether or not staff wrote it", () => {
    expect(shareText("I gave a coat.", "Coat4Calais")).toBe("I gave a coat. #Coat4Calais");
    expect(shareText("I gave a coat.", "#Coat4Calais")).toBe("I gave a coat. #Coat4Calais");
    expect(shareText("Here’s my #coat4calais", "Coat4Calais")).toBe("Here’s my #coat4calais");
    // A longer tag that merely starts with it does not count.
    expect(shareText("See #Coat4CalaisNow", "Coat4Calais")).toBe("See #Coat4CalaisNow #Coat4Calais");
  });

  it("encodes the message, hashtag and address for every network", () => {
    const urls = shareUrls({ ...base, message: "Warm & dry: 100% of it. Here’s my #Coat4Calais", hashtag: "Coat4Calais" });
    const x = new URL(urls.x);
    expect(x.origin + x.pathname).toBe("https://x.com/intent/post");
    expect(x.searchParams.get("text")).toBe("Warm & dry: 100% of it. Here’s my #Coat4Calais");
    expect(x.searchParams.get("url")).toBe(base.url);
    expect(urls.x).toContain("%23Coat4Calais");
    expect(urls.x).not.toContain("hashtags=");

    const facebook = new URL(urls.facebook);
    expect(facebook.searchParams.get("u")).toBe(base.url);
    expect(facebook.searchParams.get("hashtag")).toBe("#Coat4Calais");

    expect(new URL(urls.whatsapp).searchParams.get("text")).toBe(`Warm & dry: 100% of it. Here’s my #Coat4Calais ${base.url}`);

    // mailto: spaces as %20 (mail programs show "+" literally), the link on its own line.
    expect(urls.email).toMatch(/^mailto:\?subject=Help%20keep%20someone%20warm&body=/);
    expect(urls.email).not.toContain("+");
    const body = decodeURIComponent(urls.email.split("&body=")[1] ?? "");
    expect(body).toBe(`Warm & dry: 100% of it. Here’s my #Coat4Calais\n\n${base.url}`);
  });
});

describe("the donor's share card", () => {
  it("says what the gift bought, never an amount", () => {
    expect(claimSentence(claimForDonation({ kind: "COAT", quantity: 2 }))).toBe("I bought 2 coats for people sleeping rough this winter");
    expect(claimSentence(claimForDonation({ kind: "COAT", quantity: 1 }))).toBe("I bought a coat for someone sleeping rough this winter");
    expect(claimSentence(claimForDonation({ kind: "PACK", quantity: 3 }))).toBe("I bought 3 clothing packs for people sleeping rough this winter");
    expect(claimSentence(claimForDonation({ kind: "CUSTOM", quantity: 1 }))).toBe("I gave to keep people sleeping rough warm this winter");
    expect(claimSentence({ kind: "coat", quantity: 2, firstName: "Robin" })).toBe("Robin bought 2 coats for people sleeping rough this winter");
  });

  it("offers a first name only when the card can print it", () => {
    expect(firstNameFrom(null, "Sam Donor")).toBe("Sam");
    expect(firstNameFrom("Zoë", "Z O'BRIEN")).toBe("Zoë");
    expect(firstNameFrom(undefined, "JO BLOGGS")).toBe("Jo");
    expect(firstNameFrom(null, "Anne-Marie O’Neill")).toBe("Anne-Marie");
    expect(firstNameFrom(null, "李 雷")).toBeNull();
    expect(firstNameFrom(null, "<script>")).toBeNull();
    expect(firstNameFrom(null, "   ")).toBeNull();
    expect(firstNameFrom(null, null)).toBeNull();
  });

  it("round-trips a claim, with and without a name", () => {
    const anonymous = signDonorClaim({ kind: "coat", quantity: 2 });
    expect(readDonorToken(anonymous)).toEqual({ kind: "coat", quantity: 2 });
    const named = signDonorClaim({ kind: "pack", quantity: 1, firstName: "Zoë" });
    expect(readDonorToken(named)).toEqual({ kind: "pack", quantity: 1, firstName: "Zoë" });
    expect(readDonorToken(signDonorClaim({ kind: "gift", quantity: 1 }))).toEqual({ kind: "gift", quantity: 1 });
    // Compact enough to paste: payload, a dot, 22 characters of MAC.
    expect(anonymous).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(anonymous.length).toBeLessThan(40);
  });

  it("carries no name unless the donor chose one", () => {
    const token = signDonorClaim(claimForDonation({ kind: "COAT", quantity: 2 }));
    expect(readDonorToken(token)).not.toHaveProperty("firstName");
    expect(Buffer.from(token.split(".")[0] ?? "", "base64url").toString()).toBe("c2");
  });

  it("refuses a token changed in any way", () => {
    const token = signDonorClaim({ kind: "coat", quantity: 2 });
    const [payload = "", mac = ""] = token.split(".");
    // Another claim under the old MAC.
    const forged = Buffer.from("c200.Mallory").toString("base64url");
    expect(readDonorToken(`${forged}.${mac}`)).toBeNull();
    // One character of the MAC changed.
    const flipped = mac.slice(0, -1) + (mac.endsWith("A") ? "B" : "A");
    expect(readDonorToken(`${payload}.${flipped}`)).toBeNull();
    // Truncated, padded, empty, junk.
    expect(readDonorToken(`${payload}.${mac.slice(1)}`)).toBeNull();
    expect(readDonorToken(`${token}x`)).toBeNull();
    expect(readDonorToken("")).toBeNull();
    expect(readDonorToken("example")).toBeNull();
    expect(readDonorToken(`${payload}.${mac}.${mac}`)).toBeNull();
  });

  it("refuses a claim signed with another secret or for another purpose", () => {
    const payload = Buffer.from("c2").toString("base64url");
    const other = crypto.createHmac("sha256", "another-secret-another-secret-0123456789").update(`share-card:${payload}`).digest("base64url");
    expect(readDonorToken(`${payload}.${other.slice(0, 22)}`)).toBeNull();
    const wrongPurpose = crypto.createHmac("sha256", secret).update(`newsletter-unsubscribe:${payload}`).digest("base64url");
    expect(readDonorToken(`${payload}.${wrongPurpose.slice(0, 22)}`)).toBeNull();
    // The same construction with the right secret and purpose is accepted: the test above is fair.
    const right = crypto.createHmac("sha256", secret).update(`share-card:${payload}`).digest("base64url");
    expect(readDonorToken(`${payload}.${right.slice(0, 22)}`)).toEqual({ kind: "coat", quantity: 2 });
  });

  it("refuses validly signed payloads it would never issue", () => {
    const signed = (plain: string) => {
      const payload = Buffer.from(plain).toString("base64url");
      return `${payload}.${crypto.createHmac("sha256", secret).update(`share-card:${payload}`).digest("base64url").slice(0, 22)}`;
    };
    expect(readDonorToken(signed("c0"))).toBeNull();
    expect(readDonorToken(signed("x2"))).toBeNull();
    expect(readDonorToken(signed("g5"))).toBeNull();
    expect(readDonorToken(signed("c2.<b>Hi</b>"))).toBeNull();
    expect(() => signDonorClaim({ kind: "coat", quantity: 0 })).toThrow();
    expect(() => signDonorClaim({ kind: "coat", quantity: 1, firstName: "李" })).toThrow();
  });
});

describe("text on a card", () => {
  it("keeps what the fonts draw and drops what they cannot", () => {
    expect(cardText("Coats for Calais ❄️ — “warm” café €25")).toBe("Coats for Calais — “warm” café €25");
    expect(isCardSafe("Zoë O’Brien")).toBe(true);
    expect(isCardSafe("Robin 🎉")).toBe(false);
    expect(cardText("a\u200bb\u00a0c")).toBe("ab c");
  });

  it("shortens long text at a word", () => {
    const text = cardText("Why we are handing out coats in Dunkirk, Calais, Paris and Brussels this winter", 40);
    expect([...text].length).toBeLessThanOrEqual(40);
    expect(text.endsWith("…")).toBe(true);
    expect(text).toBe("Why we are handing out coats in Dunkirk…");
  });
});
