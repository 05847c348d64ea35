import type * as React from "react";
import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, type EmailFooter } from "./email-layout";
import { emailColours, emailFontStack } from "./theme";

export const monthlyGiftCancelledSubject = (charityName: string): string => `Your monthly gift to ${charityName} has stopped`;

const text: React.CSSProperties = { color: emailColours.ink, fontFamily: emailFontStack, fontSize: "16px", lineHeight: "26px", margin: "0 0 16px" };
const heading: React.CSSProperties = { ...text, fontSize: "24px", lineHeight: "32px", fontWeight: 700 };
const small: React.CSSProperties = { ...text, color: emailColours.inkSoft, fontSize: "14px", lineHeight: "22px" };

/**
 * Sent once when a monthly gift is recorded as cancelled, whether the donor stopped it on our
 * page or in Stripe's: what stopped, that nothing more will be taken, and what to do if it was
 * not them.
 */
export function MonthlyGiftCancelledEmail(props: { description: string; endedOn: string; footer: EmailFooter }): React.ReactElement {
  const { description, endedOn, footer } = props;
  return (
    <EmailLayout preview={`Your monthly gift has stopped: ${description}. No further payments will be taken.`} footer={footer}>
      <Heading as="h1" style={heading}>
        Your monthly gift has stopped
      </Heading>
      <Text
        style={text}
      >{`We have cancelled your monthly gift to ${footer.charityName} (${description} every month) on ${endedOn}. No further payments will be taken.`}</Text>
      <Text style={text}>
        Thank you for everything you gave. Every gift you have already made stands, and is already at work keeping people sleeping rough warm this winter.
      </Text>
      <Text style={text}>
        If you would like to give again, you can start a new gift at any time on{" "}
        <Link href={`${footer.siteUrl}/donate`} style={{ color: emailColours.ember, textDecoration: "underline" }}>
          our donation page
        </Link>
        .
      </Text>
      <Text style={{ ...small, margin: 0 }}>If you didn&apos;t cancel this gift, please reply to this email and we will help.</Text>
    </EmailLayout>
  );
}
