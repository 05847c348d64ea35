import type * as React from "react";
import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, type EmailFooter } from "./email-layout";
import { emailButtonStyle, emailColours, emailFontStack } from "./theme";

// The coat wall's two emails. Neither repeats a word the uploader typed (their name, town or
// message): the first goes to an address nobody has confirmed yet, so typed words would let a
// stranger make the charity send their text to whoever they like.

export const coatWallConfirmSubject = (charityName: string) => `Please confirm your photo for the ${charityName} coat wall`;
export const coatWallApprovedSubject = "Your photo is on the coat wall";

const text: React.CSSProperties = { color: emailColours.ink, fontFamily: emailFontStack, fontSize: "16px", lineHeight: "26px", margin: "0 0 16px" };
const heading: React.CSSProperties = { ...text, fontSize: "24px", lineHeight: "32px", fontWeight: 700 };
const small: React.CSSProperties = { ...text, color: emailColours.inkSoft, fontSize: "14px", lineHeight: "22px" };
const url: React.CSSProperties = { color: emailColours.ember, textDecoration: "underline", wordBreak: "break-all" };

function DeleteLink({ deleteUrl }: { deleteUrl: string }) {
  return (
    <Text style={small}>
      Changed your mind? This private link deletes the photo and everything you sent with it, straight away, whenever you like. Keep this email, and don’t share
      the link:
      <br />
      <Link href={deleteUrl} style={url}>
        {deleteUrl}
      </Link>
    </Text>
  );
}

export function CoatWallConfirmEmail(props: { confirmUrl: string; deleteUrl: string; expiresInHours: number; footer: EmailFooter }): React.ReactElement {
  const { confirmUrl, deleteUrl, expiresInHours, footer } = props;
  return (
    <EmailLayout preview={`One click to send your photo to the ${footer.charityName} team. The link works for ${expiresInHours} hours.`} footer={footer}>
      <Heading as="h1" style={heading}>
        Please confirm your photo
      </Heading>
      <Text style={text}>
        {`Someone, hopefully you, sent a photo for the ${footer.charityName} coat wall and gave this email address. Press the button to confirm it was you: a member of our team then looks at the photo before it goes on the wall, and we email you when it does.`}
      </Text>
      <Section style={{ margin: "8px 0 24px" }}>
        <Button href={confirmUrl} style={emailButtonStyle}>
          Confirm my photo
        </Button>
      </Section>
      <Text style={text}>{`This link works for ${expiresInHours} hours. If it isn’t used, we delete the photo.`}</Text>
      <Text style={small} data-skip-in-text="true">
        If the button doesn’t work, copy this link into your browser:
        <br />
        <Link href={confirmUrl} style={url}>
          {confirmUrl}
        </Link>
      </Text>
      <DeleteLink deleteUrl={deleteUrl} />
      <Text style={{ ...small, margin: 0 }}>If it wasn’t you, use the link above to delete the photo, or ignore this email and it will be deleted.</Text>
    </EmailLayout>
  );
}

export function CoatWallApprovedEmail(props: { photoUrl: string; deleteUrl: string; footer: EmailFooter }): React.ReactElement {
  const { photoUrl, deleteUrl, footer } = props;
  return (
    <EmailLayout preview="Thank you for your coat: your photo is on the wall for everyone to see." footer={footer}>
      <Heading as="h1" style={heading}>
        Your photo is on the coat wall
      </Heading>
      <Text style={text}>
        Thank you for giving a coat, and for showing it. Your photo is now on the wall, where it helps the appeal reach people who haven’t yet looked in their
        own wardrobe. Share it with friends: its page has the links.
      </Text>
      <Section style={{ margin: "8px 0 24px" }}>
        <Button href={photoUrl} style={emailButtonStyle}>
          See your photo
        </Button>
      </Section>
      <DeleteLink deleteUrl={deleteUrl} />
    </EmailLayout>
  );
}
