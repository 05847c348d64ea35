// The site is not a relay: an email to an address nobody has confirmed carries none of the words
// the visitor typed. Each public form that leads to an email gets hostile, marketing text in every
// free-text field it has (and in the address's own local part), is taken through its real path
// (schema, the function its action calls, the queued job's handler, the real Resend SDK to the
// local fake), and no part of the email (subject, HTML, text) may contain any of it.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const { dataDir } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "relay-"));
  vi.stubEnv("AUTH_SECRET", "relay-tests-secret-0123456789abcdefghijklmnopq");
  vi.stubEnv("DATA_DIR", dir);
  return { dataDir: dir };
});

import fs from "node:fs";
import type { EmailTransport } from "@/lib/email/message";
import { createResendTransport } from "@/lib/email/resend-transport";
import { GIFT_AID_WORDING_VERSION, giftAidWording } from "@/lib/donations/gift-aid-wording";
import { requestManageLinks } from "@/lib/donations/request-manage-links";
import { sendDonationReceipt } from "@/lib/donations/emails/send-receipt";
import { sendManageLinks } from "@/lib/donations/emails/send-manage-links";
import { DonationFrequency, DonationKind, DonationStatus, GiftAidScope } from "@/lib/generated/prisma/enums";
import { sendConfirmation } from "@/lib/newsletter/send-confirmation";
import { signupSchema } from "@/lib/newsletter/signup-schema";
import { subscribe } from "@/lib/newsletter/subscribe";
import { queues, type JobData } from "@/lib/queue/jobs";
import { parseVolunteerApplication } from "@/lib/volunteers/application-schema";
import { sendVolunteerAcknowledgement } from "@/lib/volunteers/send-acknowledgement";
import { submitVolunteerApplication } from "@/lib/volunteers/submit-application";
import { startFakeResend, type FakeEmail, type FakeResend } from "./../support/fake-resend";
import { TEST_API_KEY, TEST_FROM, emailConfig, jobsFor, noWait, recordingEnqueue } from "../support/newsletter-fixtures";
import { checkoutEvent, checkoutSession, stripeId } from "../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createPendingDonation, deliver, seedCampaign, type SeededCampaign } from "./donations/fixtures";

let t: TestDatabase;
let campaign: SeededCampaign;
let fake: FakeResend;
let transport: EmailTransport;

beforeAll(async () => {
  t = await createTestDatabase();
  campaign = await seedCampaign(t);
  fake = await startFakeResend({ apiKey: TEST_API_KEY });
  transport = createResendTransport({ apiKey: TEST_API_KEY, from: TEST_FROM, baseUrl: fake.url });
});

afterAll(async () => {
  await fake?.close();
  await t?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

beforeEach(() => fake.reset());

const options = () => ({ transport, backoff: noWait });

/**
 * What a spammer would type, each with a word of its own so a leak names its field. Every one
 * passes its field's own validation: the forms accept it, the email must not repeat it.
 */
const hostile = (field: string) => `Zqxspam${field} WIN a FREE iPhone at https://spam.example/${field} call 0800 000 000`;
/** Only the distinctive word and the link: what must not appear anywhere in an email. */
const markers = (fields: string[]) => fields.flatMap((field) => [`Zqxspam${field}`, `https://spam.example/${field}`]);

/** Every part of an email a recipient reads: subject, HTML (entities decoded) and text. */
function readable(email: FakeEmail): string {
  const html = (email.html ?? "")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');
  return [email.subject, html, email.text ?? ""].join("\n");
}

function expectNoneOf(email: FakeEmail | undefined, words: string[]) {
  expect(email, "an email was sent").toBeDefined();
  const body = readable(email as FakeEmail);
  for (const word of words) expect(body, `the email repeats "${word}"`).not.toContain(word);
}

describe("no visitor's words in an email to an unconfirmed address", () => {
  it("volunteer form: name, other languages, note (and the address's local part) stay out of the acknowledgement", async () => {
    const typed = ["name", "otherLanguages", "note"];
    const email = "zqxspamlocalpart@example.org";
    const parsed = parseVolunteerApplication(
      {
        name: hostile("name"),
        email,
        phone: "+44 7700 900456",
        place: "CALAIS",
        availableFrom: "2027-02-01",
        availableTo: "2027-02-08",
        languages: ["FRENCH", "OTHER"],
        otherLanguages: hostile("otherLanguages").slice(0, 100),
        drivingLicence: "no",
        canDriveVan: "no",
        adult: "on",
        note: `${hostile("note")}\n\nDear friend, your parcel is waiting: pay the fee at https://spam.example/note`,
      },
      "2026-12-01",
    );
    if (!parsed.ok) throw new Error(`the volunteer form refused the hostile text: ${JSON.stringify(parsed.fieldErrors)}`);
    const recorded = recordingEnqueue();
    const { id } = await submitVolunteerApplication(t.db, recorded.enqueue, parsed.data);
    // What they typed is kept for the coordinator...
    expect(await t.db.volunteerApplication.findUniqueOrThrow({ where: { id }, select: { name: true, note: true } })).toMatchObject({ name: hostile("name") });
    // ...and none of it is sent to the address.
    expect(await sendVolunteerAcknowledgement(t.db, emailConfig, { applicationId: id }, options())).toBe("sent");
    const [sent] = fake.sentTo(email);
    expect(fake.emails).toHaveLength(1);
    expectNoneOf(sent, [...markers(typed), "zqxspamlocalpart", "7700", "WIN a FREE"]);
    expect(readable(sent as FakeEmail)).toContain("Calais");
  });

  it("newsletter signup: the confirmation carries nothing typed (its only field is the address)", async () => {
    const email = "zqxspamnewsletter-buy-now@example.org";
    const parsed = signupSchema.parse({ email, source: "footer" });
    const recorded = recordingEnqueue();
    await subscribe(t.db, recorded.enqueue, parsed);
    const [job] = jobsFor(recorded.jobs, queues.confirmSubscription);
    expect(job).toBeDefined();
    await sendConfirmation(t.db, emailConfig, job as JobData[typeof queues.confirmSubscription], options());
    expectNoneOf(fake.sentTo(email)[0], ["zqxspamnewsletter", "buy-now"]);
  });

  it("manage links: the email to a donor carries nothing of the request (its only field is the address)", async () => {
    const donorEmail = "zqxspammanage-offer@example.org";
    const pending = await createPendingDonation(t.db, campaign.id, {
      kind: DonationKind.COAT,
      quantity: 1,
      amountPence: campaign.coatPricePence,
      frequency: DonationFrequency.MONTHLY,
      donorEmail,
    });
    await t.db.donation.update({ where: { id: pending.id }, data: { status: DonationStatus.PAID, paidAt: new Date() } });
    const recorded = recordingEnqueue();
    await requestManageLinks(t.db, recorded.enqueue, donorEmail.toUpperCase());
    const [job] = jobsFor(recorded.jobs, queues.manageLinks);
    expect(await sendManageLinks(t.db, emailConfig, job as JobData[typeof queues.manageLinks], options())).toBe("sent");
    expectNoneOf(fake.sentTo(donorEmail)[0], ["zqxspammanage", "ZQXSPAMMANAGE", "offer"]);
  });

  it("donate form: the Gift Aid name and address stay out of the receipt", async () => {
    const typed = ["title", "firstName", "lastName", "house", "address"];
    const declaration = await t.db.giftAidDeclaration.create({
      data: {
        // Each within its field's limit, as the donate form's schema allows.
        title: "Zqx",
        firstName: hostile("firstName").slice(0, 35),
        lastName: hostile("lastName").slice(0, 35),
        houseNameOrNumber: hostile("house").slice(0, 40),
        addressLine: hostile("address").slice(0, 100),
        postcode: "CT16 1AA",
        scope: GiftAidScope.THIS_DONATION,
        wordingVersion: GIFT_AID_WORDING_VERSION,
        wording: giftAidWording(GiftAidScope.THIS_DONATION, "Calais Winter Aid"),
      },
    });
    const pending = await createPendingDonation(t.db, campaign.id, {
      kind: DonationKind.COAT,
      quantity: 1,
      amountPence: campaign.coatPricePence,
      giftAidDeclarationId: declaration.id,
    });
    const recorded = recordingEnqueue();
    const session = checkoutSession({
      id: pending.sessionId,
      donationId: pending.id,
      mode: "payment",
      amountTotal: pending.amountPence,
      paymentIntent: stripeId("pi_"),
      email: pending.donorEmail,
      name: "Pat Payer",
    });
    expect((await deliver(t, checkoutEvent("checkout.session.completed", session), { enqueue: recorded.enqueue })).status).toBe(200);
    const [job] = jobsFor(recorded.jobs, queues.donationReceipt);
    expect(await sendDonationReceipt(t.db, emailConfig, job as JobData[typeof queues.donationReceipt], options())).toBe("sent");
    const [receipt] = fake.sentTo(pending.donorEmail ?? "");
    expectNoneOf(receipt, [...markers(typed).map((m) => m.slice(0, 12)), "Zqxspam"]);
    expect(readable(receipt as FakeEmail)).toContain("Gift Aid");
  });
});
