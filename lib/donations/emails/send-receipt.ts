import { createElement } from "react";
import type { Db } from "@/lib/db";
import { loadEmailFooter } from "@/lib/email/footer";
import { sendEmail } from "@/lib/email/mailer";
import type { EmailTransport } from "@/lib/email/message";
import { DonationReceiptEmail, donationReceiptSubject } from "@/lib/email/templates/donation-receipt-email";
import { renderEmail } from "@/lib/email/templates/render";
import type { BackoffOptions } from "@/lib/email/with-backoff";
import { formatUkDate } from "@/lib/format/date";
import { formatPence } from "@/lib/format/money";
import { DonationStatus } from "@/lib/generated/prisma/enums";
import type { EmailConfig } from "@/lib/newsletter/emails";
import { describeGift } from "../describe-gift";
import { manageUrl } from "../manage-link";

/**
 * The queue's handler for a receipt: one per payment, under the payment's key
 * (`receipt/<checkout session>` or `receipt/<invoice>`), so a retried job or a replayed event
 * never sends a second one.
 */
export async function sendDonationReceipt(
  db: Db,
  config: EmailConfig,
  job: { donationId: string; idempotencyKey: string },
  options: { transport?: EmailTransport; backoff?: BackoffOptions } = {},
): Promise<"sent" | "skipped"> {
  const donation = await db.donation.findUnique({
    where: { id: job.donationId },
    select: {
      id: true,
      kind: true,
      quantity: true,
      amountPence: true,
      feePence: true,
      frequency: true,
      status: true,
      paidAt: true,
      donorEmail: true,
      donorName: true,
      parentId: true,
      giftAidDeclarationId: true,
    },
  });
  if (!donation || !donation.donorEmail || (donation.status !== DonationStatus.PAID && donation.status !== DonationStatus.REFUNDED)) return "skipped";
  const footer = await loadEmailFooter(db, config);
  const monthly = donation.frequency === "MONTHLY";
  const { html, text } = await renderEmail(
    createElement(DonationReceiptEmail, {
      footer,
      receipt: {
        donorName: donation.donorName?.split(" ")[0] ?? null,
        description: describeGift(donation),
        amount: formatPence(donation.amountPence),
        fee: donation.feePence > 0 ? formatPence(donation.feePence) : null,
        total: formatPence(donation.amountPence + donation.feePence),
        date: formatUkDate(donation.paidAt ?? new Date()),
        monthly,
        giftAid: donation.giftAidDeclarationId !== null,
        manageUrl: monthly ? manageUrl(config.siteUrl, donation.parentId ?? donation.id) : null,
        reference: donation.id,
      },
    }),
  );
  const { skipped } = await sendEmail(
    db,
    { to: donation.donorEmail, subject: donationReceiptSubject(footer.charityName, monthly), html, text, idempotencyKey: job.idempotencyKey },
    options,
  );
  return skipped ? "skipped" : "sent";
}
