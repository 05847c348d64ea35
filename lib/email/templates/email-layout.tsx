import type * as React from "react";
import { Body, Column, Container, Head, Hr, Html, Link, Preview, Row, Section, Text } from "@react-email/components";
import { emailColours, emailContentClass, emailFontStack } from "./theme";

export type EmailFooter = {
  charityName: string;
  charityNumber: string;
  postalAddress: string;
  siteUrl: string;
  unsubscribeUrl?: string;
};

// Inline styles carry the design everywhere; this block only adds what cannot be inlined: typography
// for HTML we don't build ourselves, and narrower gutters on phones. Clients that strip <style> still
// get a readable email from the inline styles alone.
const headCss = `
.${emailContentClass} p { margin: 0 0 16px; }
.${emailContentClass} h1, .${emailContentClass} h2, .${emailContentClass} h3, .${emailContentClass} h4 { color: ${emailColours.ink}; font-weight: 700; line-height: 1.3; margin: 24px 0 12px; }
.${emailContentClass} h1 { font-size: 24px; }
.${emailContentClass} h2 { font-size: 20px; }
.${emailContentClass} h3, .${emailContentClass} h4 { font-size: 17px; }
.${emailContentClass} a { color: ${emailColours.ember}; text-decoration: underline; }
.${emailContentClass} ul, .${emailContentClass} ol { margin: 0 0 16px; padding-left: 24px; }
.${emailContentClass} li { margin: 0 0 6px; }
.${emailContentClass} blockquote { border-left: 4px solid ${emailColours.paperDeep}; color: ${emailColours.inkSoft}; margin: 0 0 16px; padding: 0 0 0 16px; }
.${emailContentClass} img { border: 0; height: auto; max-width: 100%; }
.${emailContentClass} hr { border: 0; border-top: 1px solid ${emailColours.paperDeep}; margin: 24px 0; }
.${emailContentClass} table { border-collapse: collapse; margin: 0 0 16px; width: 100%; }
.${emailContentClass} th, .${emailContentClass} td { border: 1px solid ${emailColours.paperDeep}; padding: 6px 8px; text-align: left; }
.${emailContentClass} code { background-color: ${emailColours.paper}; border-radius: 4px; font-family: Menlo, Consolas, monospace; font-size: 14px; padding: 1px 4px; }
.${emailContentClass} pre { background-color: ${emailColours.paper}; border-radius: 4px; overflow-x: auto; padding: 12px; white-space: pre-wrap; }
.${emailContentClass} pre code { padding: 0; }
.${emailContentClass} > :last-child { margin-bottom: 0; }
@media only screen and (max-width: 600px) {
  .email-gutter { padding-left: 20px !important; padding-right: 20px !important; }
}
`;

const bodyStyle: React.CSSProperties = {
  backgroundColor: emailColours.paper,
  color: emailColours.ink,
  fontFamily: emailFontStack,
  margin: 0,
  padding: "24px 0",
  WebkitTextSizeAdjust: "100%",
};

const containerStyle: React.CSSProperties = {
  backgroundColor: emailColours.white,
  border: `1px solid ${emailColours.paperDeep}`,
  borderRadius: "8px",
  maxWidth: "600px",
  overflow: "hidden",
  width: "100%",
};

const headerCellStyle: React.CSSProperties = {
  backgroundColor: emailColours.night,
  padding: "20px 32px",
};

const headerTextStyle: React.CSSProperties = {
  color: emailColours.white,
  fontFamily: emailFontStack,
  fontSize: "18px",
  fontWeight: 700,
  letterSpacing: "0.01em",
  lineHeight: "24px",
  margin: 0,
};

const contentCellStyle: React.CSSProperties = {
  color: emailColours.ink,
  fontFamily: emailFontStack,
  fontSize: "16px",
  lineHeight: "26px",
  padding: "32px 32px 28px",
};

const footerCellStyle: React.CSSProperties = {
  backgroundColor: emailColours.paper,
  padding: "4px 32px 24px",
};

const footerTextStyle: React.CSSProperties = {
  color: emailColours.inkMuted,
  fontFamily: emailFontStack,
  fontSize: "13px",
  lineHeight: "20px",
  margin: "0 0 8px",
};

const footerLinkStyle: React.CSSProperties = {
  color: emailColours.inkSoft,
  textDecoration: "underline",
};

/** "https://example.org/" → "example.org", for the footer's visible link text. */
function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, "").replace(/\/+$/, "");
}

/** Keep the line breaks of a multi-line postal address without relying on CSS white-space. */
function addressLines(address: string): React.ReactNode[] {
  return address
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .flatMap((line, i) => (i === 0 ? [line] : [<br key={`br-${i}`} />, line]));
}

export function EmailLayout(props: { preview: string; footer: EmailFooter; children: React.ReactNode }): React.ReactElement {
  const { preview, footer, children } = props;
  return (
    <Html lang="en-GB" dir="ltr">
      <Head>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
        <meta name="format-detection" content="telephone=no, date=no, address=no, email=no" />
        <style dangerouslySetInnerHTML={{ __html: headCss }} />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={bodyStyle}>
        <Container style={containerStyle}>
          <Row>
            <Column className="email-gutter" style={headerCellStyle}>
              <Text style={headerTextStyle}>{footer.charityName}</Text>
            </Column>
          </Row>
          <Row>
            <Column className="email-gutter" style={contentCellStyle}>
              {children}
            </Column>
          </Row>
          <Row>
            <Column className="email-gutter" style={footerCellStyle}>
              <Section>
                <Hr style={{ border: "none", borderTop: `1px solid ${emailColours.paperDeep}`, margin: "0 0 20px" }} />
                <Text style={footerTextStyle}>{`${footer.charityName} · Registered charity number ${footer.charityNumber}`}</Text>
                <Text style={footerTextStyle}>{addressLines(footer.postalAddress)}</Text>
                <Text style={footerTextStyle}>
                  <Link href={footer.siteUrl} style={footerLinkStyle}>
                    {displayUrl(footer.siteUrl)}
                  </Link>
                </Text>
                {footer.unsubscribeUrl ? (
                  <Text style={{ ...footerTextStyle, margin: 0 }}>
                    <Link href={footer.unsubscribeUrl} style={footerLinkStyle}>
                      Unsubscribe from these emails
                    </Link>
                  </Text>
                ) : null}
              </Section>
            </Column>
          </Row>
        </Container>
      </Body>
    </Html>
  );
}
