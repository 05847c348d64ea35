import "server-only";
import { sendSignInLink } from "@/lib/auth/sign-in-link";
import { db } from "@/lib/db";
import { defaultTransport } from "@/lib/email/mailer";
import { expireAbandonedDonations } from "@/lib/donations/checkout/expire-abandoned";
import { sendCancellationEmail } from "@/lib/donations/emails/send-cancellation-email";
import { sendPaymentFailedEmail } from "@/lib/donations/emails/send-payment-failed-email";
import { sendManageLinks } from "@/lib/donations/emails/send-manage-links";
import { sendDonationReceipt } from "@/lib/donations/emails/send-receipt";
import { subscribeConsentingDonor } from "@/lib/donations/subscribe-consenting-donor";
import { env } from "@/lib/env";
import { purgeLapsedAnswers } from "@/lib/forms/public-answers";
import { newsletterRenderer } from "@/lib/newsletter/emails";
import { sendConfirmation } from "@/lib/newsletter/send-confirmation";
import { sendNewsletterBatch } from "@/lib/newsletter/send-newsletter-batch";
import { sendStaffInvitation } from "@/lib/staff/send-staff-invitation";
import { sendVolunteerAcknowledgement } from "@/lib/volunteers/send-acknowledgement";
// ── Coat wall (issue #17) ──
import { purgeUnconfirmedPhotos } from "@/lib/coat-wall/purge-unconfirmed";
import { purgeUnconfirmedDrives } from "@/lib/coat-drives/purge-unconfirmed";
import { sendCoatWallApproved, sendCoatWallConfirmation } from "@/lib/coat-wall/send-emails";
import { storage } from "@/lib/storage";
// ── end coat wall ──
import { sendDriveDigests, sweepDrives } from "@/lib/coat-drives/notices";
import { sendDriveConfirmation, sendDriveEditLink } from "@/lib/coat-drives/send-emails";
import { siteTakesLivePayments } from "@/lib/stripe/site-payment-mode";
import { work, type Handlers } from "./boss";
import { queues } from "./jobs";
import { enqueue, siteBoss, startedBoss } from "./site-boss";

// The queue as the running site uses it: one pg-boss per process, started on first use
// (site-boss.ts), and this process's workers for every queue.
export { enqueue };

const emailConfig = () => ({ siteUrl: env.SITE_URL, postalAddress: env.CHARITY_POSTAL_ADDRESS });

const handlers: Handlers = {
  [queues.confirmSubscription]: async (job) => {
    await sendConfirmation(db, emailConfig(), job);
  },
  [queues.donationReceipt]: async (job) => {
    await sendDonationReceipt(db, emailConfig(), job);
    await subscribeConsentingDonor(db, enqueue, job.donationId);
  },
  [queues.expireAbandonedDonations]: async () => {
    const count = await expireAbandonedDonations(db);
    if (count) console.log(`[donations] expired ${count} donations whose checkout never started`);
    // The hourly tidy-up also deletes forms' kept answers past their ten minutes (a donor's name
    // and address among them), which otherwise go only when the next answer is kept.
    const answers = await purgeLapsedAnswers(db);
    if (answers) console.log(`[forms] deleted ${answers} kept answers past their time`);
  },
  [queues.newsletterBatch]: async (job) => {
    await sendNewsletterBatch(db, defaultTransport(), await newsletterRenderer(db, emailConfig()), job);
  },
  [queues.volunteerAcknowledgement]: async (job) => {
    await sendVolunteerAcknowledgement(db, emailConfig(), job);
  },
  [queues.signInLink]: async (job) => {
    await sendSignInLink(db, { ...emailConfig(), adminEmails: env.ADMIN_EMAILS }, job);
  },
  [queues.manageLinks]: async (job) => {
    await sendManageLinks(db, emailConfig(), job);
  },
  [queues.monthlyGiftCancelled]: async (job) => {
    await sendCancellationEmail(db, emailConfig(), job);
  },
  [queues.monthlyGiftPaymentFailed]: async (job) => {
    await sendPaymentFailedEmail(db, emailConfig(), job);
  },
  [queues.staffInvitation]: async (job) => {
    await sendStaffInvitation(db, emailConfig(), job);
  },
  // ── Coat wall (issue #17) ──
  [queues.coatWallConfirm]: async (job) => {
    await sendCoatWallConfirmation(db, emailConfig(), job);
  },
  [queues.coatWallApproved]: async (job) => {
    await sendCoatWallApproved(db, emailConfig(), job);
  },
  [queues.coatWallPurgeUnconfirmed]: async () => {
    const count = await purgeUnconfirmedPhotos(db, storage());
    if (count) console.log(`[coat-wall] deleted ${count} photos whose email was never confirmed`);
  },
  // ── end coat wall ──
  // ── Coat drives (issue #18) ──
  [queues.coatDriveConfirm]: async (job) => {
    await sendDriveConfirmation(db, emailConfig(), job);
  },
  [queues.coatDriveEditLink]: async (job) => {
    await sendDriveEditLink(db, emailConfig(), job);
  },
  [queues.coatDriveDigest]: async () => {
    const sent = await sendDriveDigests(db, emailConfig(), { livemode: siteTakesLivePayments() });
    if (sent) console.log(`[coat-drives] sent ${sent} daily digests`);
  },
  [queues.coatDriveSweep]: async () => {
    const { closed } = await sweepDrives(db, emailConfig(), { livemode: siteTakesLivePayments() });
    if (closed) console.log(`[coat-drives] closed ${closed} drives past their end date`);
    const purged = await purgeUnconfirmedDrives(db, storage());
    if (purged) console.log(`[coat-drives] deleted ${purged} drives whose organiser never confirmed their address`);
  },
  // ── end coat drives ──
};

let working = false;

/** Starts this process's workers for every queue (once). */
export async function startWorkers(): Promise<void> {
  if (working) return;
  working = true;
  const b = await siteBoss();
  await work(b, handlers);
  // Hourly; pg-boss keeps one schedule however many workers start.
  await b.schedule(queues.expireAbandonedDonations, "17 * * * *");
  await b.schedule(queues.coatWallPurgeUnconfirmed, "41 * * * *"); // coat wall (issue #17)
  // ── Coat drives (issue #18): a digest a day at 6 pm (UTC), and a sweep every ten minutes ──
  await b.schedule(queues.coatDriveDigest, "0 18 * * *");
  await b.schedule(queues.coatDriveSweep, "*/10 * * * *");
  console.log(`[queue] workers started (${Object.keys(handlers).join(", ")})`);
}

export async function stopQueue(): Promise<void> {
  const b = startedBoss();
  if (b) await (await b).stop({ graceful: true, timeout: 10_000 });
}
