import { describe, expect, it } from "vitest";
import { renderNewsletter } from "@/lib/newsletter/emails";
import { renderMarkdown } from "@/lib/markdown/render-markdown";

const footer = {
  charityName: "Coats for Calais",
  charityNumber: "1234567",
  postalAddress: "1 High Street, Dover CT16 1AA",
  siteUrl: "https://coats.example.org",
};
const letter = "Thank you for every coat.\nWe handed out 212 on Saturday.\n\nWith love,\nThe Calais team";

describe("line breaks in staff Markdown", () => {
  it("keeps a single line break in a newsletter as a break, and a blank line as a new paragraph", () => {
    expect(renderMarkdown(letter, { lineBreaks: "kept" })).toBe(
      "<p>Thank you for every coat.<br>\nWe handed out 212 on Saturday.</p>\n<p>With love,<br>\nThe Calais team</p>",
    );
  });

  it("leaves posts and pages to Markdown's own rule: a single break joins the lines", () => {
    expect(renderMarkdown(letter)).toBe("<p>Thank you for every coat.\nWe handed out 212 on Saturday.</p>\n<p>With love,\nThe Calais team</p>");
  });

  it("keeps breaks inside lists and quotes without splitting them", () => {
    const html = renderMarkdown("- Coats\n  in every size\n- Hats\n\n> We were cold.\n> Now we are not.", { lineBreaks: "kept" });
    expect(html).toContain("<li>Coats<br>\nin every size</li>");
    expect(html).toContain("<blockquote>\n<p>We were cold.<br>\nNow we are not.</p>\n</blockquote>");
  });

  it("carries the breaks into the email's HTML and its plain-text part", async () => {
    const email = await renderNewsletter(footer, { subject: "Saturday in Calais", body: letter }, "https://coats.example.org/newsletter/unsubscribe", null);
    expect(email.html).toMatch(/Thank you for every coat\.<br\/?>\s*We handed out 212 on Saturday\./);
    expect(email.html).toMatch(/With love,<br\/?>\s*The Calais team/);
    expect(email.text).toContain("Thank you for every coat.\nWe handed out 212 on Saturday.\n\nWith love,\nThe Calais team");
  });
});
