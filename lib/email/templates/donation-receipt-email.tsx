import type * as React from "react";
import { Button, Column, Heading, Row, Section, Text } from "@react-email/components";
import { EmailLayout, type EmailFooter } from "./email-layout";
import { emailButtonStyle, emailColours, emailFontStack } from "./theme";

export type ReceiptDetails = {
  donorName: string | null;
  /** "2 winter coats", "A gift of £40". */
  description: string;
  amount: string;
  fee: string | null;
  total: string;
  date: string;
  monthly: boolean;
  giftAid: boolean;
  /** Where a monthly donor changes or cancels their gift. */
  manageUrl: string | null;
  reference: string;
};

export const donationReceiptSubject = (charityName: string, monthly: boolean): string =>
  monthly ? `Thank you for your monthly gift to ${charityName}` : `Thank you for your gift to ${charityName}`;

const text: React.CSSProperties = { color: emailColours.ink, fontFamily: emailFontStack, fontSize: "16px", lineHeight: "26px", margin: "0 0 16px" };
const cell: React.CSSProperties = { ...text, margin: 0, padding: "6px 0", borderBottom: `1px solid ${emailColours.paperDeep}` };
const button: React.CSSProperties = emailButtonStyle;

function Line({ label, value }: { label: string; value: string }) {
  return (
    <Row>
      <Column style={{ ...cell, color: emailColours.inkSoft }}>{label}</Column>
      <Column style={{ ...cell, textAlign: "right", fontWeight: 700 }}>{value}</Column>
    </Row>
  );
}

/** The receipt for one payment: what it buys, what was paid, Gift Aid, and for monthly gifts how to stop. */
export function DonationReceiptEmail(props: { receipt: ReceiptDetails; footer: EmailFooter }): React.ReactElement {
  const { receipt, footer } = props;
  return (
    <EmailLayout preview={`Your gift: ${receipt.description}. Thank you.`} footer={footer}>
      <Heading as="h1" style={{ ...text, fontSize: "24px", lineHeight: "32px", fontWeight: 700 }}>
        {receipt.donorName ? `Thank you, ${receipt.donorName}` : "Thank you"}
      </Heading>
      <Text style={text}>
        {`Your gift to ${footer.charityName} has arrived: ${receipt.description}. It goes straight to people sleeping rough in northern France, Paris and Brussels this winter.`}
      </Text>
      <Section style={{ margin: "8px 0 24px" }}>
        <Line label="Your gift" value={receipt.amount} />
        {receipt.fee ? <Line label="Card fee you covered" value={receipt.fee} /> : null}
        <Line label={receipt.monthly ? "Paid this month" : "Paid"} value={receipt.total} />
        <Line label="Date" value={receipt.date} />
        <Line label="Gift Aid" value={receipt.giftAid ? "Yes: we will claim 25p for every £1 you gave" : "Not claimed"} />
        <Line label="Reference" value={receipt.reference} />
      </Section>
      {receipt.monthly ? (
        <>
          <Text style={text}>You give every month. You can change your card, or stop your monthly gift at any time:</Text>
          {receipt.manageUrl ? (
            <Section style={{ margin: "0 0 24px" }}>
              <Button href={receipt.manageUrl} style={button}>
                Manage or cancel my monthly gift
              </Button>
            </Section>
          ) : null}
        </>
      ) : null}
      <Text style={{ ...text, color: emailColours.inkSoft, fontSize: "14px", lineHeight: "22px" }}>
        Please keep this email as your receipt. If anything here looks wrong, reply and we will put it right.
      </Text>
    </EmailLayout>
  );
}
