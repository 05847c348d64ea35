// Cancelling at checkout gives the donor back the form they sent: the pending donation (and its
// Gift Aid declaration) written by the real startCheckout, read back through a signed, dated
// token; refused for a tampered, expired or borrowed token, and once the gift is paid. Also the
// thank-you page's question to Stripe (did this checkout complete?), against the local fake.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const { databaseName } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const { inject } = await import("vitest");
  const { testDatabaseName } = await import("../../support/test-database");
  const name = testDatabaseName();
  vi.stubEnv("AUTH_SECRET", "restore-form-tests-secret-0123456789abcdefghij");
  vi.stubEnv("DATA_DIR", fs.mkdtempSync(path.join(os.tmpdir(), "restore-form-")));
  vi.stubEnv("DATABASE_URL", `${inject("pgServerUrl")}/${name}`);
  vi.stubEnv("STRIPE_SECRET_KEY", "");
  vi.stubEnv("STRIPE_WEBHOOK_SECRET", "");
  vi.stubEnv("STRIPE_API_BASE", "");
  vi.stubEnv("SITE_URL", "");
  return { databaseName: name };
});

import { findActiveCampaign } from "@/lib/campaign/queries";
import { parseDonationForm, type DonationForm } from "@/lib/donations/checkout/donation-form-schema";
import { poundsAsTyped, restoreDonationForm } from "@/lib/donations/checkout/restore-donation-form";
import { donationFromRestoreToken, RESTORE_HOURS, restoreToken } from "@/lib/donations/checkout/restore-token";
import { startCheckout, type CheckoutCampaign } from "@/lib/donations/checkout/start-checkout";
import { DonationStatus } from "@/lib/generated/prisma/enums";
import { createStripe } from "@/lib/stripe/client";
import { stripePayments, testModePayments } from "@/lib/stripe/payments";
import { seed } from "@/prisma/seed/seed";
import { startFakeStripe, type FakeStripe } from "../../support/fake-stripe";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

let t: TestDatabase;
let campaign: CheckoutCampaign;
const payments = testModePayments("https://appeal.example.org");

beforeAll(async () => {
  t = await createTestDatabase({ name: databaseName });
  await seed(t.url);
  const active = await findActiveCampaign(t.db);
  if (!active) throw new Error("the seed should have created a campaign");
  const fee = await t.db.campaign.findUniqueOrThrow({ where: { id: active.id }, select: { feeBasisPoints: true, feeFixedPence: true } });
  campaign = { id: active.id, charityName: active.charityName, coatPricePence: active.coatPricePence, packPricePence: active.packPricePence, ...fee };
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await t?.drop();
});

beforeEach(async () => {
  await t.db.donation.deleteMany();
  await t.db.giftAidDeclaration.deleteMany();
});

function form(fields: Record<string, string>): DonationForm {
  const parsed = parseDonationForm(fields);
  if (!parsed.ok) throw new Error(`the form should be valid: ${JSON.stringify(parsed.fieldErrors)}`);
  return parsed.data;
}

const giftAid = {
  giftAid: "on",
  title: "Dr",
  firstName: "Amira",
  lastName: "Haddad",
  houseNameOrNumber: "Flat 3, 12",
  addressLine: "Harbour Street, Dover",
  postcode: "CT16 1AA",
  giftAidScope: "ENDURING",
  giftAidConfirm: "on",
};

async function leaveForCheckout(fields: Record<string, string>) {
  return startCheckout(t.db, payments, {
    form: form({ ...fields, attempt: `a${Math.random().toString(36).slice(2)}` }),
    campaign,
    siteUrl: "https://appeal.example.org",
  });
}

describe("restoring the donate form after a cancelled checkout", () => {
  it("gives back every value the donor sent, which the form accepts again as the same gift", async () => {
    const cases: Record<string, string>[] = [
      { gift: "custom", amount: "12.50", frequency: "monthly", coverFee: "on", anonymous: "on", emailConsent: "on", ...giftAid },
      { gift: "coat", quantity: "3", frequency: "once" },
      { gift: "pack", quantity: "1", frequency: "once", emailConsent: "on" },
      { gift: "custom", amount: "40", frequency: "once", ...giftAid, title: "", giftAidScope: "THIS_DONATION" },
    ];
    for (const sent of cases) {
      const { donationId } = await leaveForCheckout(sent);
      const restored = await restoreDonationForm(t.db, restoreToken(donationId));
      expect(restored, JSON.stringify(sent)).not.toBeNull();
      // Sent again, the restored form is the same gift, Gift Aid details and all.
      const { attempt: _first, ...before } = form({ ...sent, attempt: "x" });
      const { attempt: _second, ...after } = form({ ...restored, attempt: "x" });
      expect(after).toEqual(before);
      expect(restored?.frequency).toBe(sent.frequency);
    }
  });

  it("restores a checkout that was cancelled (expired) as well as one still open", async () => {
    const { donationId } = await leaveForCheckout({ gift: "coat", quantity: "2" });
    await t.db.donation.update({ where: { id: donationId }, data: { status: DonationStatus.EXPIRED, expiredAt: new Date() } });
    expect(await restoreDonationForm(t.db, restoreToken(donationId))).toMatchObject({ gift: "coat", quantity: "2" });
  });

  it("restores nothing once the gift is paid, failed or refunded", async () => {
    for (const status of [DonationStatus.PAID, DonationStatus.FAILED, DonationStatus.REFUNDED]) {
      const { donationId } = await leaveForCheckout({ gift: "custom", amount: "10", ...giftAid });
      await t.db.donation.update({ where: { id: donationId }, data: { status } });
      expect(await restoreDonationForm(t.db, restoreToken(donationId)), status).toBeNull();
    }
  });

  it("refuses a token that is tampered with, borrowed for another donation, out of date, or just an id", async () => {
    const { donationId } = await leaveForCheckout({ gift: "custom", amount: "10", ...giftAid });
    const { donationId: other } = await leaveForCheckout({ gift: "coat", quantity: "1" });
    const token = restoreToken(donationId);
    const [, expires, signature] = token.split(".");
    expect(donationFromRestoreToken(token)).toBe(donationId);

    expect(await restoreDonationForm(t.db, `${other}.${expires}.${signature}`)).toBeNull();
    expect(await restoreDonationForm(t.db, `${donationId}.${Number(expires) + 3600}.${signature}`)).toBeNull();
    expect(await restoreDonationForm(t.db, `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).toBeNull();
    expect(await restoreDonationForm(t.db, donationId)).toBeNull();
    expect(await restoreDonationForm(t.db, "")).toBeNull();
    expect(await restoreDonationForm(t.db, `${token}${"x".repeat(300)}`)).toBeNull();

    const later = new Date(Date.now() + RESTORE_HOURS * 3600_000 + 1000);
    expect(await restoreDonationForm(t.db, token, later)).toBeNull();
    const nearlyThen = new Date(Date.now() + RESTORE_HOURS * 3600_000 - 60_000);
    expect(await restoreDonationForm(t.db, token, nearlyThen)).not.toBeNull();
  });

  it("writes amounts the way a donor types them", () => {
    expect([200, 1000, 1250, 1205, 100_000].map(poundsAsTyped)).toEqual(["2", "10", "12.50", "12.05", "1000"]);
  });
});

describe("whether a checkout completed, for the thank-you page", () => {
  let fake: FakeStripe;
  beforeAll(async () => {
    fake = await startFakeStripe({ secretKey: "sk_test_restore_form" });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it("asks Stripe: an open session is not complete, a completed one is, paid or still processing", async () => {
    const stripe = stripePayments(createStripe("sk_test_restore_form", fake.url), false);
    const lineItems = [{ name: "Gift", unitAmountPence: 1000, quantity: 1 }];
    const request = {
      mode: "payment" as const,
      lineItems,
      successUrl: "https://appeal.example.org/ok",
      cancelUrl: "https://appeal.example.org/donate?cancelled=1",
    };
    const open = await stripe.createCheckoutSession({ ...request, donationId: "d1", idempotencyKey: "k1" });
    const processing = await stripe.createCheckoutSession({ ...request, donationId: "d2", idempotencyKey: "k2" });
    const paid = await stripe.createCheckoutSession({ ...request, donationId: "d3", idempotencyKey: "k3" });
    fake.complete(processing.id, { paid: false });
    fake.complete(paid.id);
    expect(await stripe.checkoutCompleted(open.id)).toBe(false);
    expect(await stripe.checkoutCompleted(processing.id)).toBe(true);
    expect(await stripe.checkoutCompleted(paid.id)).toBe(true);
    await expect(stripe.checkoutCompleted("cs_test_unknown")).rejects.toThrow("Stripe could not say how the checkout went");
    // The built-in checkout pays through the webhook before it sends the donor on.
    expect(await payments.checkoutCompleted("cs_test_local_x")).toBe(false);
  });
});
