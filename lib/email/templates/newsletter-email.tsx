import type * as React from "react";
import { Heading, Section } from "@react-email/components";
import { EmailLayout, type EmailFooter } from "./email-layout";
import { emailColours, emailContentClass, emailFontStack } from "./theme";

const headingStyle: React.CSSProperties = {
  color: emailColours.ink,
  fontFamily: emailFontStack,
  fontSize: "26px",
  fontWeight: 700,
  lineHeight: "34px",
  margin: "0 0 20px",
};

// Inherited typography for the Markdown HTML; per-element spacing comes from the layout's <style>.
const contentStyle: React.CSSProperties = {
  color: emailColours.ink,
  fontFamily: emailFontStack,
  fontSize: "16px",
  lineHeight: "26px",
  overflowWrap: "break-word",
  wordWrap: "break-word",
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The first words of the newsletter as plain text, for the inbox preview line. */
function previewText(html: string, fallback: string): string {
  const text = html
    // Block boundaries become spaces; inline tags vanish so "<a>more</a>." stays "more.".
    .replace(/<\/?(?:p|h[1-6]|li|ul|ol|blockquote|pre|table|thead|tbody|tr|td|th|div|hr|br)\b[^>]*>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, name: string) => {
      if (name.startsWith("#")) {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, " ")
    .trim();
  if (!text) return fallback;
  return text.length > 140 ? `${text.slice(0, 139).trimEnd()}…` : text;
}

export function NewsletterEmail(props: { subject: string; html: string; footer: EmailFooter & { unsubscribeUrl: string } }): React.ReactElement {
  const { subject, html, footer } = props;
  return (
    <EmailLayout preview={previewText(html, subject)} footer={footer}>
      <Heading as="h1" style={headingStyle}>
        {subject}
      </Heading>
      <Section>
        {/* Already sanitised by lib/markdown/render-markdown.ts before it reaches this template. */}
        <div className={emailContentClass} style={contentStyle} dangerouslySetInnerHTML={{ __html: html }} />
      </Section>
    </EmailLayout>
  );
}
