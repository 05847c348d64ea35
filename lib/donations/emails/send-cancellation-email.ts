import { createElement } from "react";
import type { Db } from "@/lib/db";
import { loadEmailFooter } from "@/lib/email/footer";
import { sendEmail } from "@/lib/email/mailer";
import type { EmailTransport } from "@/lib/email/message";
import { MonthlyGiftCancelledEmail, monthlyGiftCancelledSubject } from "@/lib/email/templates/monthly-gift-cancelled-email";
import { renderEmail } from "@/lib/email/templates/render";
import type { BackoffOptions } from "@/lib/email/with-backoff";
import { formatUkDate } from "@/lib/format/date";
import type { EmailConfig } from "@/lib/newsletter/emails";
import { describeGift } from "../describe-gift";

const lowerFirst = (words: string): string => words.charAt(0).toLowerCase() + words.slice(1);

/** One confirmation per monthly gift, ever: the key of its email and of its job. */
export const cancellationKey = (donationId: string): string => `gift-cancelled/${donationId}`;

/**
 * The queue's handler for a cancelled monthly gift: tells the donor, at the address the gift was
 * paid from, that it has stopped. Sent under `gift-cancelled/<donation>`, so a retried job or a
 * replayed event never sends a second.
 */
export async function sendCancellationEmail(
  db: Db,
  config: EmailConfig,
  job: { donationId: string },
  options: { transport?: EmailTransport; backoff?: BackoffOptions } = {},
): Promise<"sent" | "skipped"> {
  const donation = await db.donation.findUnique({
    where: { id: job.donationId },
    select: { id: true, kind: true, quantity: true, amountPence: true, donorEmail: true, subscriptionEndedAt: true },
  });
  if (!donation?.donorEmail || !donation.subscriptionEndedAt) return "skipped";
  const footer = await loadEmailFooter(db, config);
  const { html, text } = await renderEmail(
    createElement(MonthlyGiftCancelledEmail, { footer, description: lowerFirst(describeGift(donation)), endedOn: formatUkDate(donation.subscriptionEndedAt) }),
  );
  const { skipped } = await sendEmail(
    db,
    { to: donation.donorEmail, subject: monthlyGiftCancelledSubject(footer.charityName), html, text, idempotencyKey: cancellationKey(donation.id) },
    options,
  );
  return skipped ? "skipped" : "sent";
}
