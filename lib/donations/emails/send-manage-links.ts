import { createElement } from "react";
import type { Db } from "@/lib/db";
import { loadEmailFooter } from "@/lib/email/footer";
import { sendEmail } from "@/lib/email/mailer";
import type { EmailTransport } from "@/lib/email/message";
import { ManageLinksEmail, manageLinksSubject } from "@/lib/email/templates/manage-links-email";
import { renderEmail } from "@/lib/email/templates/render";
import type { BackoffOptions } from "@/lib/email/with-backoff";
import { formatUkDate } from "@/lib/format/date";
import type { EmailConfig } from "@/lib/newsletter/emails";
import { describeGift } from "../describe-gift";
import { MANAGE_LINK_DAYS, manageUrl } from "../manage-link";
import { activeMonthlyGift } from "../request-manage-links";

/**
 * The queue's handler for a link request: one email per request, under `manage-links/<request>`,
 * so a retried job never sends a second. Gifts cancelled since the request are left out; a
 * request that found none (an unknown address) sends nothing. The links are dated when sent.
 */
export async function sendManageLinks(
  db: Db,
  config: EmailConfig,
  job: { requestId: string; donationIds: string[] },
  options: { transport?: EmailTransport; backoff?: BackoffOptions; now?: Date } = {},
): Promise<"sent" | "skipped" | "none"> {
  if (job.donationIds.length === 0) return "none";
  const gifts = await db.donation.findMany({
    where: { id: { in: job.donationIds }, ...activeMonthlyGift, donorEmail: { not: null } },
    select: { id: true, kind: true, quantity: true, amountPence: true, paidAt: true, donorEmail: true },
    orderBy: { paidAt: "asc" },
  });
  // All of a request's gifts share an address (case aside); the first one's is where it goes.
  const to = gifts[0]?.donorEmail;
  if (!to) return "none";
  const now = options.now ?? new Date();
  const footer = await loadEmailFooter(db, config);
  const { html, text } = await renderEmail(
    createElement(ManageLinksEmail, {
      footer,
      days: MANAGE_LINK_DAYS,
      gifts: gifts.map((gift) => ({
        description: `${describeGift(gift)} every month`,
        since: gift.paidAt ? `Since ${formatUkDate(gift.paidAt)}` : "",
        url: manageUrl(config.siteUrl, gift.id, now),
      })),
    }),
  );
  const { skipped } = await sendEmail(
    db,
    { to, subject: manageLinksSubject(footer.charityName), html, text, idempotencyKey: `manage-links/${job.requestId}` },
    { transport: options.transport, backoff: options.backoff },
  );
  return skipped ? "skipped" : "sent";
}
