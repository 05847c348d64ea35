import { createElement } from "react";
import type { Db } from "@/lib/db";
import { loadEmailFooter } from "@/lib/email/footer";
import { sendEmail } from "@/lib/email/mailer";
import type { EmailTransport } from "@/lib/email/message";
import { MonthlyGiftPaymentFailedEmail, monthlyGiftPaymentFailedSubject } from "@/lib/email/templates/monthly-gift-payment-failed-email";
import { renderEmail } from "@/lib/email/templates/render";
import type { BackoffOptions } from "@/lib/email/with-backoff";
import { formatPence } from "@/lib/format/money";
import type { EmailConfig } from "@/lib/newsletter/emails";
import { describeGift } from "../describe-gift";
import { manageUrl } from "../manage-link";

const lowerFirst = (words: string): string => words.charAt(0).toLowerCase() + words.slice(1);

/** One email per failing invoice, ever: the key of its email and of its job. */
export const paymentFailedKey = (invoiceId: string): string => `payment-failed/${invoiceId}`;

/**
 * The queue's handler for a monthly payment that failed: tells the donor, at the address the
 * gift was paid from, with the gift's own signed manage link (as a monthly receipt carries),
 * which opens Stripe's page for updating the card. Skipped if the gift has since
 * recovered or ended (the job ran late). Sent under `payment-failed/<invoice>`, so a retried job
 * or a second failure of the same invoice never sends a second.
 */
export async function sendPaymentFailedEmail(
  db: Db,
  config: EmailConfig,
  job: { donationId: string; invoiceId: string },
  options: { transport?: EmailTransport; backoff?: BackoffOptions } = {},
): Promise<"sent" | "skipped"> {
  const donation = await db.donation.findUnique({
    where: { id: job.donationId },
    select: { id: true, kind: true, quantity: true, amountPence: true, feePence: true, donorEmail: true, subscriptionEndedAt: true, paymentFailing: true },
  });
  if (!donation?.donorEmail || donation.subscriptionEndedAt || !donation.paymentFailing) return "skipped";
  const footer = await loadEmailFooter(db, config);
  const { html, text } = await renderEmail(
    createElement(MonthlyGiftPaymentFailedEmail, {
      footer,
      description: lowerFirst(describeGift(donation)),
      amount: formatPence(donation.amountPence + donation.feePence),
      manageUrl: manageUrl(config.siteUrl, donation.id),
    }),
  );
  const { skipped } = await sendEmail(
    db,
    { to: donation.donorEmail, subject: monthlyGiftPaymentFailedSubject(footer.charityName), html, text, idempotencyKey: paymentFailedKey(job.invoiceId) },
    options,
  );
  return skipped ? "skipped" : "sent";
}
