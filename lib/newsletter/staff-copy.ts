import { findPriceFacts } from "@/lib/campaign/queries";
import type { Db } from "@/lib/db";
import { loadEmailFooter } from "@/lib/email/footer";
import { renderNewsletter, type EmailConfig } from "./emails";

/**
 * An update rendered for staff to look at (the live preview, a test send, the record of a sent
 * update): exactly as readers get it, except that the unsubscribe link, personal in each
 * reader's copy, goes to the unsubscribe page, which explains that it needs a reader's own link.
 * The placeholders are filled with today's figures: an update sent later states the figures then.
 */
export async function renderStaffCopy(db: Db, config: EmailConfig, newsletter: { subject: string; body: string }) {
  const [footer, facts] = await Promise.all([loadEmailFooter(db, config), findPriceFacts(db)]);
  return renderNewsletter(footer, newsletter, `${config.siteUrl}/newsletter/unsubscribe`, facts);
}
