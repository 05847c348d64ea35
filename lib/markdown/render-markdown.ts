import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkBreaks from "remark-breaks";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// GitHub's sanitising schema: raw HTML in Markdown is dropped (remark-rehype without
// allowDangerousHtml), and whatever Markdown itself produces is filtered to safe elements,
// attributes and URL schemes. The admin preview uses this same function, so what an editor
// sees is what the public page shows.
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["http", "https"] },
};

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify).freeze();

// Newsletters are written like letters: a single line break ("Thank you,⏎The Calais team") is
// kept as one (remark-breaks turns it into <br>), and a blank line still starts a new paragraph.
// Posts and pages keep Markdown's own rule (a single break joins the lines), which the text
// already saved for them was written to: their editors are told to leave a blank line.
const letterProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkBreaks).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify).freeze();

export type MarkdownOptions = { lineBreaks?: "markdown" | "kept" };

/** Markdown from staff or the seed to HTML that is safe to insert into a page. */
export function renderMarkdown(markdown: string, options: MarkdownOptions = {}): string {
  return String((options.lineBreaks === "kept" ? letterProcessor : processor).processSync(markdown));
}
