import type * as React from "react";
import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout, type EmailFooter } from "./email-layout";
import { emailButtonStyle, emailColours, emailFontStack } from "./theme";

export const signInSubject = (charityName: string): string => `Your sign-in link for ${charityName}`;

const text: React.CSSProperties = { color: emailColours.ink, fontFamily: emailFontStack, fontSize: "16px", lineHeight: "26px", margin: "0 0 16px" };

/** The staff sign-in link: single use, short-lived. */
export function SignInEmail(props: { url: string; minutes: number; footer: EmailFooter }): React.ReactElement {
  return (
    <EmailLayout preview={`Sign in to the ${props.footer.charityName} admin. The link works once, for ${props.minutes} minutes.`} footer={props.footer}>
      <Heading as="h1" style={{ ...text, fontSize: "24px", lineHeight: "32px", fontWeight: 700 }}>
        Sign in to the admin
      </Heading>
      <Text style={text}>Press the button to sign in. The link works once, for {props.minutes} minutes.</Text>
      <Section style={{ margin: "8px 0 24px" }}>
        <Button href={props.url} style={emailButtonStyle}>
          Sign in
        </Button>
      </Section>
      <Text style={{ ...text, color: emailColours.inkSoft, fontSize: "14px" }}>
        If you didn’t ask to sign in, you can ignore this email: nobody can use it without this link.
      </Text>
    </EmailLayout>
  );
}
