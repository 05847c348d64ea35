import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { ConfirmSubscriptionEmail, confirmSubscriptionSubject } from "@/lib/email/templates/confirm-subscription-email";
import type { EmailFooter } from "@/lib/email/templates/email-layout";
import { EmailLayout } from "@/lib/email/templates/email-layout";
import { NewsletterEmail } from "@/lib/email/templates/newsletter-email";
import { renderEmail } from "@/lib/email/templates/render";

const footer: EmailFooter = {
  charityName: "Calais Winter Aid",
  charityNumber: "1180000 (demo)",
  postalAddress: "Unit 4, Zone Industrielle\n62100 Calais\nFrance",
  siteUrl: "https://calais-winter-aid.example/",
};

const confirmUrl = "https://calais-winter-aid.example/subscribe/confirm?token=abc123";
const unsubscribeUrl = "https://calais-winter-aid.example/unsubscribe?token=xyz789";

function confirmEmail(overrides: Partial<EmailFooter> = {}, url = confirmUrl) {
  return renderEmail(createElement(ConfirmSubscriptionEmail, { confirmUrl: url, expiresInHours: 48, footer: { ...footer, ...overrides } }));
}

function newsletterEmail(html: string, subject = "Our first 1,000 coats") {
  return renderEmail(createElement(NewsletterEmail, { subject, html, footer: { ...footer, unsubscribeUrl } }));
}

/** Attribute values as the HTML serialiser writes them. */
function attr(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

describe("email layout", () => {
  it("is a British English document with the footer details", async () => {
    const { html } = await renderEmail(
      // A plain function component with no hooks, so calling it gives the element to render.
      EmailLayout({ preview: "Preview line", footer: { ...footer, unsubscribeUrl }, children: "Body text" }),
    );
    expect(html).toContain('lang="en-GB"');
    expect(html).toContain("Body text");
    expect(html).toContain("Registered charity number 1180000 (demo)");
    expect(html).toContain("Unit 4, Zone Industrielle<br/>62100 Calais<br/>France");
    expect(html).toContain(`href="${footer.siteUrl}"`);
    expect(html).toContain(`href="${attr(unsubscribeUrl)}"`);
    expect(html).toContain("Unsubscribe from these emails");
  });

  it("leaves out the unsubscribe link when there is nothing to unsubscribe from", async () => {
    const { html, text } = await renderEmail(EmailLayout({ preview: "Preview line", footer, children: "Body" }));
    expect(html).not.toContain("Unsubscribe");
    expect(text).not.toContain("Unsubscribe");
  });
});

describe("confirm subscription email", () => {
  it("has a subject naming the charity", () => {
    expect(confirmSubscriptionSubject("Calais Winter Aid")).toBe("Please confirm your subscription to Calais Winter Aid updates");
  });

  it("links the button and the printed URL to the confirmation address", async () => {
    const { html } = await confirmEmail();
    expect(html).toContain('lang="en-GB"');
    expect(html).toMatch(/<a[^>]*href="https:\/\/calais-winter-aid\.example\/subscribe\/confirm\?token=abc123"[^>]*>[\s\S]*?Confirm my subscription/);
    // Printed as visible text too, for clients that block buttons.
    expect(html).toContain(`>${confirmUrl}</a>`);
    expect(html).toContain("works for 48 hours");
    expect(html).toContain("won&#x27;t hear from us");
    expect(html).toContain("Registered charity number 1180000 (demo)");
    expect(html).toContain("62100 Calais");
    expect(html).not.toContain("Unsubscribe");
  });

  it("says 1 hour, not 1 hours", async () => {
    const { html } = await renderEmail(createElement(ConfirmSubscriptionEmail, { confirmUrl, expiresInHours: 1, footer }));
    expect(html).toContain("works for 1 hour.");
  });

  it("has a plain-text version with the URL and no markup", async () => {
    const { text } = await confirmEmail();
    expect(text).toContain(confirmUrl);
    expect(text).toContain("Confirm my subscription");
    expect(text).toContain("Registered charity number 1180000 (demo)");
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(text).not.toMatch(/&(amp|lt|gt|quot|#x?[0-9a-f]+);/i);
  });

  it("escapes text and attribute values", async () => {
    const { html, text } = await confirmEmail(
      { charityName: "A & B <x>", postalAddress: "1 <b>Bold</b> Street & Co" },
      'https://example.org/confirm?a=1&b="2"',
    );
    expect(html).not.toContain("<x>");
    expect(html).not.toContain("<b>Bold</b>");
    expect(html).toContain("A &amp; B &lt;x&gt;");
    expect(html).toContain("1 &lt;b&gt;Bold&lt;/b&gt; Street &amp; Co");
    expect(html).toContain('href="https://example.org/confirm?a=1&amp;b=&quot;2&quot;"');
    // The plain-text part is not HTML, so it carries the characters themselves.
    expect(text).toContain("A & B <x>");
  });
});

describe("newsletter email", () => {
  const body =
    '<h2>Coats are arriving</h2>\n<p>Thank you &amp; well done: <a href="https://calais-winter-aid.example/news/1">read more</a>.</p>\n<ul>\n<li>Men&#x27;s small</li>\n</ul>';

  it("renders the sanitised HTML as markup under the subject", async () => {
    const { html } = await newsletterEmail(body, "Coats & thanks");
    expect(html).toContain(body);
    expect(html).toMatch(/<h1[^>]*>Coats &amp; thanks<\/h1>/);
    expect(html).toContain('lang="en-GB"');
    expect(html).toContain(`href="${attr(unsubscribeUrl)}"`);
    expect(html).toContain("Unsubscribe from these emails");
    expect(html).toContain("Registered charity number 1180000 (demo)");
    expect(html).toContain("France");
  });

  it("uses the opening words as the inbox preview", async () => {
    const { html } = await newsletterEmail(body);
    expect(html).toMatch(/<div[^>]*data-skip-in-text="true"[^>]*>Coats are arriving Thank you &amp; well done: read more\. Men&#x27;s small/);
  });

  it("has a plain-text version with the content and the unsubscribe link", async () => {
    const { text } = await newsletterEmail(body);
    expect(text).toContain("Thank you & well done");
    expect(text).toContain("https://calais-winter-aid.example/news/1");
    expect(text).toContain(unsubscribeUrl);
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
  });
});
