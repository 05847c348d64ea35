// Shared by the email templates: the site's look (tailwind.config.ts), restated for inline styles.

// Text colours meet WCAG AA on paper and white.
export const emailColours = {
  paper: "#fbf6ee",
  paperDeep: "#f3e9da",
  ink: "#1f2a37",
  inkSoft: "#3f4b5b",
  inkMuted: "#556170",
  ember: "#b2400e",
  night: "#15202e",
  white: "#ffffff",
} as const;

export const emailFontStack = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji'";

/** Class for rich content (newsletter bodies): styled by EmailLayout's <style> block where clients allow it. */
export const emailContentClass = "email-content";

/** The call-to-action button every email uses. */
export const emailButtonStyle = {
  backgroundColor: emailColours.ember,
  borderRadius: "6px",
  color: emailColours.white,
  display: "inline-block",
  fontFamily: emailFontStack,
  fontSize: "16px",
  fontWeight: 700,
  lineHeight: "24px",
  padding: "12px 24px",
  textAlign: "center",
  textDecoration: "none",
} as const;
