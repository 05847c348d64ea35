import type * as React from "react";
import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, type EmailFooter } from "./email-layout";
import { emailButtonStyle, emailColours, emailFontStack } from "./theme";

export const confirmSubscriptionSubject = (charityName: string): string => `Please confirm your subscription to ${charityName} updates`;

const headingStyle: React.CSSProperties = {
  color: emailColours.ink,
  fontFamily: emailFontStack,
  fontSize: "24px",
  fontWeight: 700,
  lineHeight: "32px",
  margin: "0 0 16px",
};

const textStyle: React.CSSProperties = {
  color: emailColours.ink,
  fontFamily: emailFontStack,
  fontSize: "16px",
  lineHeight: "26px",
  margin: "0 0 16px",
};

const smallTextStyle: React.CSSProperties = {
  ...textStyle,
  color: emailColours.inkSoft,
  fontSize: "14px",
  lineHeight: "22px",
};

const buttonStyle: React.CSSProperties = emailButtonStyle;

const urlStyle: React.CSSProperties = {
  color: emailColours.ember,
  textDecoration: "underline",
  wordBreak: "break-all",
};

function hours(n: number): string {
  return n === 1 ? "1 hour" : `${n} hours`;
}

export function ConfirmSubscriptionEmail(props: { confirmUrl: string; expiresInHours: number; footer: EmailFooter }): React.ReactElement {
  const { confirmUrl, expiresInHours, footer } = props;
  return (
    <EmailLayout preview={`One click to start getting news from ${footer.charityName}. The link works for ${hours(expiresInHours)}.`} footer={footer}>
      <Heading as="h1" style={headingStyle}>
        Please confirm your subscription
      </Heading>
      <Text style={textStyle}>
        {`Someone, hopefully you, asked to receive news and updates from ${footer.charityName} at this email address. Before we send you anything, please confirm that it was you.`}
      </Text>
      <Section style={{ margin: "8px 0 24px" }}>
        <Button href={confirmUrl} style={buttonStyle}>
          Confirm my subscription
        </Button>
      </Section>
      <Text style={textStyle}>{`This link works for ${hours(expiresInHours)}.`}</Text>
      {/* The plain-text part already has the URL beside the button, so it skips this paragraph. */}
      <Text style={smallTextStyle} data-skip-in-text="true">
        If the button doesn&apos;t work, copy this link into your browser:
        <br />
        <Link href={confirmUrl} style={urlStyle}>
          {confirmUrl}
        </Link>
      </Text>
      <Text style={{ ...smallTextStyle, margin: 0 }}>
        If it wasn&apos;t you, please ignore this email. We won&apos;t add you to our list and you won&apos;t hear from us.
      </Text>
    </EmailLayout>
  );
}
