import type * as React from "react";
import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, type EmailFooter } from "./email-layout";
import { emailButtonStyle, emailColours, emailFontStack } from "./theme";

// ── Coat drives (issue #18) ──

const heading: React.CSSProperties = {
  color: emailColours.ink,
  fontFamily: emailFontStack,
  fontSize: "24px",
  fontWeight: 700,
  lineHeight: "32px",
  margin: "0 0 16px",
};
const text: React.CSSProperties = { color: emailColours.ink, fontFamily: emailFontStack, fontSize: "16px", lineHeight: "26px", margin: "0 0 16px" };
const small: React.CSSProperties = { ...text, color: emailColours.inkSoft, fontSize: "14px", lineHeight: "22px" };
const url: React.CSSProperties = { color: emailColours.ember, textDecoration: "underline", wordBreak: "break-all" };

/**
 * Every email to a coat drive's organiser: a heading, paragraphs of plain text, an optional
 * button (with its address spelt out below for clients that hide buttons) and, once the address
 * is confirmed, the organiser's own "stop these emails" link in the footer.
 */
export function CoatDriveEmail(props: {
  preview: string;
  heading: string;
  paragraphs: string[];
  button?: { href: string; label: string };
  after?: string[];
  footer: EmailFooter;
}): React.ReactElement {
  const { button } = props;
  return (
    <EmailLayout preview={props.preview} footer={props.footer}>
      <Heading as="h1" style={heading}>
        {props.heading}
      </Heading>
      {props.paragraphs.map((p, i) => (
        <Text key={i} style={text}>
          {p}
        </Text>
      ))}
      {button ? (
        <>
          <Section style={{ margin: "8px 0 24px" }}>
            <Button href={button.href} style={emailButtonStyle}>
              {button.label}
            </Button>
          </Section>
          <Text style={small} data-skip-in-text="true">
            If the button doesn&apos;t work, copy this link into your browser:
            <br />
            <Link href={button.href} style={url}>
              {button.href}
            </Link>
          </Text>
        </>
      ) : null}
      {(props.after ?? []).map((p, i) => (
        <Text key={i} style={small}>
          {p}
        </Text>
      ))}
    </EmailLayout>
  );
}
// ── end coat drives ──
