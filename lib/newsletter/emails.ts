import { createElement } from "react";
import type { Db } from "@/lib/db";
import { loadEmailFooter } from "@/lib/email/footer";
import type { OutgoingEmail } from "@/lib/email/message";
import { ConfirmSubscriptionEmail, confirmSubscriptionSubject } from "@/lib/email/templates/confirm-subscription-email";
import { NewsletterEmail } from "@/lib/email/templates/newsletter-email";
import { renderEmail } from "@/lib/email/templates/render";
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

/** Renders each recipient's copy: the same update, with their own unsubscribe link and headers. */
export async function newsletterRenderer(db: Db, config: EmailConfig): Promise<RenderNewsletter> {
  const footer = await loadEmailFooter(db, config);
  const bodies = new Map<string, string>();
  return async (newsletter, subscriber) => {
    let html = bodies.get(newsletter.body);
    if (html === undefined) bodies.set(newsletter.body, (html = renderMarkdown(newsletter.body)));
    const rendered = await renderEmail(
      createElement(NewsletterEmail, { subject: newsletter.subject, html, footer: { ...footer, unsubscribeUrl: unsubscribeUrl(config.siteUrl, subscriber.id) } }),
    );
    return {
      to: subscriber.email,
      subject: newsletter.subject,
      html: rendered.html,
      text: rendered.text,
      headers: listUnsubscribeHeaders(config.siteUrl, subscriber.id),
      // Per recipient and per update: the outbox writes each key once; Resend sees the batch key.
      idempotencyKey: `newsletter/${newsletter.id}/${subscriber.id}`,
    };
  };
}
