import type * as React from "react";
import { Column, Heading, Row, Section, Text } from "@react-email/components";
import { EmailLayout, type EmailFooter } from "./email-layout";
import { emailColours, emailFontStack } from "./theme";

/**
 * What the acknowledgement may say about the application: only what was chosen from our own
 * lists (a place, calendar days), never a word the applicant typed. The address it goes to has
 * not been confirmed by anyone, so a name, a note or "other languages" would let a stranger make
 * the charity send their text to whoever they like.
 */
export type VolunteerAckDetails = {
  /** "Calais", "In the UK": one of our places. */
  place: string;
  /** "15 January 2027 to 22 January 2027": validated calendar days. */
  dates: string;
};

export const volunteerAckSubject = (charityName: string): string => `Thank you for offering to volunteer with ${charityName}`;

const text: React.CSSProperties = { color: emailColours.ink, fontFamily: emailFontStack, fontSize: "16px", lineHeight: "26px", margin: "0 0 16px" };
const heading: React.CSSProperties = { ...text, fontSize: "24px", lineHeight: "32px", fontWeight: 700 };
const subheading: React.CSSProperties = { ...text, fontSize: "18px", lineHeight: "26px", fontWeight: 700, margin: "24px 0 8px" };
const cell: React.CSSProperties = { ...text, margin: 0, padding: "6px 0", borderBottom: `1px solid ${emailColours.paperDeep}`, verticalAlign: "top" };
const small: React.CSSProperties = { ...text, color: emailColours.inkSoft, fontSize: "14px", lineHeight: "22px" };

function Line({ label, value }: { label: string; value: string }) {
  return (
    <Row>
      <Column style={{ ...cell, color: emailColours.inkSoft, width: "40%", paddingRight: "12px" }}>{label}</Column>
      <Column style={{ ...cell, fontWeight: 700 }}>{value}</Column>
    </Row>
  );
}

/**
 * The reply to a volunteer application: fixed words, where and when they offered to help, and
 * what happens next. No name, no note, nothing else they typed (see VolunteerAckDetails).
 */
export function VolunteerAckEmail(props: { application: VolunteerAckDetails; footer: EmailFooter }): React.ReactElement {
  const { application, footer } = props;
  return (
    <EmailLayout preview={`We have your application to volunteer: ${application.place}, ${application.dates}.`} footer={footer}>
      <Heading as="h1" style={heading}>
        Thank you for offering to volunteer
      </Heading>
      <Text style={text}>
        {`Your application to volunteer with ${footer.charityName} has reached us. Thank you for offering your time: every coat we hand out is sorted, packed, driven and given by someone like you.`}
      </Text>
      <Text style={subheading}>Where and when</Text>
      <Section style={{ margin: "0 0 24px" }}>
        <Line label="Where" value={application.place} />
        <Line label="When" value={application.dates} />
      </Section>
      <Text style={subheading}>What happens next</Text>
      <Text style={text}>
        A volunteer coordinator reads every application and will be in touch within a week, usually sooner, to talk through your dates and the work you would
        like to do.
      </Text>
      <Text style={text}>
        Please don’t book travel until we have confirmed your dates with you. Before your first day we will send a short briefing: where to meet, what to bring,
        and the safeguarding guidance every volunteer follows. Your first day starts with an induction from one of our team leaders.
      </Text>
      <Text style={{ ...small, margin: 0 }}>
        The rest of what you told us stays with your application for the coordinator to read. If your plans change, or if you didn’t fill in our form, just
        reply to this email and we will update or delete the application.
      </Text>
    </EmailLayout>
  );
}
