import type * as React from "react";
import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, type EmailFooter } from "./email-layout";
import { emailColours, emailFontStack } from "./theme";

export const monthlyGiftPaymentFailedSubject = (charityName: string): string => `Your monthly gift to ${charityName}: the card payment didn’t go through`;

const text: React.CSSProperties = { color: emailColours.ink, fontFamily: emailFontStack, fontSize: "16px", lineHeight: "26px", margin: "0 0 16px" };
const heading: React.CSSProperties = { ...text, fontSize: "24px", lineHeight: "32px", fontWeight: 700 };
const small: React.CSSProperties = { ...text, color: emailColours.inkSoft, fontSize: "14px", lineHeight: "22px" };

/**
 * Sent once per monthly payment that failed: what failed, that nothing is lost, and where to
 * update the card: the gift's own signed manage link, which opens Stripe's page for the card.
 */
export function MonthlyGiftPaymentFailedEmail(props: { description: string; amount: string; manageUrl: string; footer: EmailFooter }): React.ReactElement {
  const { description, amount, manageUrl, footer } = props;
  return (
    <EmailLayout preview={`This month’s payment of ${amount} for your monthly gift didn’t go through. You can update your card.`} footer={footer}>
      <Heading as="h1" style={heading}>
        This month’s payment didn’t go through
      </Heading>
      <Text
        style={text}
      >{`We tried to take this month’s payment of ${amount} for your monthly gift to ${footer.charityName} (${description} every month), but your card was declined. This often happens when a card expires or is replaced.`}</Text>
      <Text style={text}>
        If you would like your gift to carry on, please update your card on{" "}
        <Link href={manageUrl} style={{ color: emailColours.ember, textDecoration: "underline" }}>
          the page for managing your monthly gift
        </Link>
        . The link works for 30 days and only for you: please don’t forward this email. We will try the payment again over the next few days.
      </Text>
      <Text style={text}>If you meant to stop giving, you don’t need to do anything: you can also cancel your gift on the same page.</Text>
      <Text style={{ ...small, margin: 0 }}>If anything here looks wrong, please reply to this email and we will help.</Text>
    </EmailLayout>
  );
}
