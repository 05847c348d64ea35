import type * as React from "react";
import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, type EmailFooter } from "./email-layout";
import { emailButtonStyle, emailColours, emailFontStack } from "./theme";

export type ManageLinkGift = {
  /** "2 winter coats every month". */
  description: string;
  /** "Since 3 December 2026". */
  since: string;
  url: string;
};

export const manageLinksSubject = (charityName: string): string => `Your link to manage your monthly gift to ${charityName}`;

const text: React.CSSProperties = { color: emailColours.ink, fontFamily: emailFontStack, fontSize: "16px", lineHeight: "26px", margin: "0 0 16px" };
const heading: React.CSSProperties = { ...text, fontSize: "24px", lineHeight: "32px", fontWeight: 700 };
const small: React.CSSProperties = { ...text, color: emailColours.inkSoft, fontSize: "14px", lineHeight: "22px" };
const urlStyle: React.CSSProperties = { color: emailColours.ember, textDecoration: "underline", wordBreak: "break-all" };

/**
 * Fresh links for a donor who asked for them on /donate/manage: one per active monthly gift.
 * Only our own words and the gift's details; the person who asked typed nothing but the address.
 */
export function ManageLinksEmail(props: { gifts: ManageLinkGift[]; days: number; footer: EmailFooter }): React.ReactElement {
  const { gifts, days, footer } = props;
  const one = gifts.length === 1;
  return (
    <EmailLayout preview={`A new link to change or cancel your monthly gift. It works for ${days} days.`} footer={footer}>
      <Heading as="h1" style={heading}>
        {one ? "Manage your monthly gift" : "Manage your monthly gifts"}
      </Heading>
      <Text style={text}>
        {`Someone, hopefully you, asked for a new link to manage the monthly ${one ? "gift" : "gifts"} given to ${footer.charityName} from this email address. Here ${one ? "it is" : "they are"}: you can change your card or stop giving at any time.`}
      </Text>
      {gifts.map((gift) => (
        <Section key={gift.url} style={{ margin: "8px 0 24px" }}>
          <Text style={{ ...text, fontWeight: 700, margin: "0 0 4px" }}>{gift.description}</Text>
          <Text style={{ ...small, margin: "0 0 12px" }}>{gift.since}</Text>
          <Button href={gift.url} style={emailButtonStyle}>
            Manage this gift
          </Button>
          <Text style={{ ...small, margin: "12px 0 0" }} data-skip-in-text="true">
            If the button doesn&apos;t work, copy this link into your browser:{" "}
            <Link href={gift.url} style={urlStyle}>
              {gift.url}
            </Link>
          </Text>
        </Section>
      ))}
      <Text style={text}>{`${one ? "This link works" : "These links work"} for ${days} days. After that you can ask for a new one on our website.`}</Text>
      <Text style={{ ...small, margin: 0 }}>
        If you didn&apos;t ask for this, you can ignore this email: nothing changes unless someone uses the link. Please don&apos;t forward it.
      </Text>
    </EmailLayout>
  );
}
