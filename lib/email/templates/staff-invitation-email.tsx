import type * as React from "react";
import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, type EmailFooter } from "./email-layout";
import { emailButtonStyle, emailColours, emailFontStack } from "./theme";

/** What an invitation says: who asked, for which role, and where to sign in. */
export type StaffInvitation = {
  /** The colleague who invited them, as the staff list names them: "Sam Jones (sam@example.org)". */
  invitedBy: string;
  role: "admin" | "editor";
  /** The sign-in page on the site's own origin, with their address filled in. */
  signInUrl: string;
  /** The address they were invited with, the one to sign in with. */
  email: string;
};

export const staffInvitationSubject = (charityName: string): string => `You’ve been invited to the ${charityName} staff area`;

const roleWords: Record<StaffInvitation["role"], string> = {
  editor: "As an editor you can publish news, keep the appeal’s words and figures current, record coats handed in and update the drop-off points.",
  admin:
    "As an admin you can do everything an editor can, and also see donations and Gift Aid, volunteers and subscribers, send updates, and invite and manage staff.",
};

const text: React.CSSProperties = { color: emailColours.ink, fontFamily: emailFontStack, fontSize: "16px", lineHeight: "26px", margin: "0 0 16px" };
const small: React.CSSProperties = { ...text, color: emailColours.inkSoft, fontSize: "14px", lineHeight: "22px" };

/**
 * The email an invited colleague gets: who invited them, as what, and how to sign in (their
 * address, a link by email, no password). It carries no sign-in link itself: following the
 * button only fills in the sign-in form, which emails a fresh link that works once.
 */
export function StaffInvitationEmail(props: { invitation: StaffInvitation; footer: EmailFooter }): React.ReactElement {
  const { invitation, footer } = props;
  const article = invitation.role === "admin" ? "an admin" : "an editor";
  return (
    <EmailLayout preview={`${invitation.invitedBy} invited you to the ${footer.charityName} staff area as ${article}.`} footer={footer}>
      <Heading as="h1" style={{ ...text, fontSize: "24px", lineHeight: "32px", fontWeight: 700 }}>
        You’re invited to the staff area
      </Heading>
      <Text style={text}>{`${invitation.invitedBy} has invited you to the ${footer.charityName} staff area as ${article}.`}</Text>
      <Text style={text}>{roleWords[invitation.role]}</Text>
      <Text style={text}>
        {`To sign in, open the sign-in page, check that it shows ${invitation.email}, and press “Email me a sign-in link”. We’ll email you a link that signs you in. There is no password to remember.`}
      </Text>
      <Section style={{ margin: "8px 0 24px" }}>
        <Button href={invitation.signInUrl} style={emailButtonStyle}>
          Go to the sign-in page
        </Button>
      </Section>
      <Text style={small}>
        Or copy this address into your browser: <Link href={invitation.signInUrl}>{invitation.signInUrl}</Link>
      </Text>
      <Text style={small}>
        If you weren’t expecting this, you can ignore this email: nobody can sign in as you without opening a link sent to this address.
      </Text>
    </EmailLayout>
  );
}
