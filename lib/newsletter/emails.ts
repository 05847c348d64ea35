import { createElement } from "react";
import type { Db } from "@/lib/db";
import { loadEmailFooter } from "@/lib/email/footer";
import type { OutgoingEmail } from "@/lib/email/message";
import { ConfirmSubscriptionEmail, confirmSubscriptionSubject } from "@/lib/email/templates/confirm-subscription-email";
import type { EmailFooter } from "@/lib/email/templates/email-layout";
import { NewsletterEmail } from "@/lib/email/templates/newsletter-email";
import { renderEmail } from "@/lib/email/templates/render";
import { findPriceFacts } from "@/lib/campaign/queries";
import { fillPlaceholders, renderMarkdownWithFigures, type PriceFacts } from "@/lib/markdown/placeholders";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { CONFIRM_TOKEN_HOURS } from "./consent";
import { confirmUrl, listUnsubscribeHeaders, unsubscribeUrl } from "./links";
import type { RenderNewsletter } from "./send-newsletter-batch";

export type EmailConfig = { siteUrl: string; postalAddress: string };

export async function confirmationEmail(db: Db, config: EmailConfig, subscriber: { id: string; email: string }, nonce: string): Promise<OutgoingEmail> {
  const footer = await loadEmailFooter(db, config);
  const { html, text } = await renderEmail(
    createElement(ConfirmSubscriptionEmail, { confirmUrl: confirmUrl(config.siteUrl, subscriber.id, nonce), expiresInHours: CONFIRM_TOKEN_HOURS, footer }),
  );
  return { to: subscriber.email, subject: confirmSubscriptionSubject(footer.charityName), html, text, idempotencyKey: `confirm/${subscriber.id}/${nonce}` };
}

/**
 * An update as its readers get it: the prices and goal its subject and body state through
 * placeholders filled from the campaign as it is when the update is sent, the Markdown through the
 * site's sanitiser (the same one posts use), inside the newsletter template. Every copy, test and
 * staff preview is rendered here.
 */
export async function renderNewsletter(footer: EmailFooter, newsletter: { subject: string; body: string }, unsubscribeUrl: string, facts: PriceFacts | null) {
  const subject = facts ? fillPlaceholders(newsletter.subject, facts) : newsletter.subject;
  // Written like a letter: single line breaks are kept (lib/markdown/render-markdown.ts).
  const html = facts ? renderMarkdownWithFigures(newsletter.body, facts, { lineBreaks: "kept" }) : renderMarkdown(newsletter.body, { lineBreaks: "kept" });
  return { subject, ...(await renderEmail(createElement(NewsletterEmail, { subject, html, footer: { ...footer, unsubscribeUrl } }))) };
}

// The update is rendered once, with this stand-in where each recipient's unsubscribe link goes;
// each copy is then the same HTML with the stand-in replaced. (Rendering React Email for every
// recipient made sending twenty times slower: docs/benchmarks.md.)
const LINK_STAND_IN = "https://unsubscribe.invalid/recipient-link";
const escapeAttribute = (url: string) => url.replaceAll("&", "&amp;");

/** Renders each recipient's copy: the same update, with their own unsubscribe link and headers. */
export async function newsletterRenderer(db: Db, config: EmailConfig): Promise<RenderNewsletter> {
  const [footer, facts] = await Promise.all([loadEmailFooter(db, config), findPriceFacts(db)]);
  const rendered = new Map<string, Promise<{ subject: string; html: string; text: string }>>();
  return async (newsletter, subscriber) => {
    let template = rendered.get(newsletter.id);
    if (!template) {
      template = renderNewsletter(footer, newsletter, LINK_STAND_IN, facts);
      rendered.set(newsletter.id, template);
    }
    const { subject, html, text } = await template;
    const link = unsubscribeUrl(config.siteUrl, subscriber.id);
    return {
      to: subscriber.email,
      subject,
      html: html.replaceAll(LINK_STAND_IN, escapeAttribute(link)),
      text: text.replaceAll(LINK_STAND_IN, link),
      headers: listUnsubscribeHeaders(config.siteUrl, subscriber.id),
      // Per recipient and per update: the outbox writes each key once; Resend sees the batch key.
      idempotencyKey: `newsletter/${newsletter.id}/${subscriber.id}`,
    };
  };
}
