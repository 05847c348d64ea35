import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// An organiser's story is a member of the public's text: plain text or simple Markdown, through
// the same sanitiser as staff text (lib/markdown/render-markdown.ts) with a narrower list of what
// may come out: paragraphs, emphasis, lists, quotes and links; no images (they would load from
// anywhere), no headings (the page has its own), no tables or raw HTML. Links are marked as the
// public's own (rel="ugc nofollow") and open nowhere special.
const schema = {
  ...defaultSchema,
  tagNames: ["p", "br", "strong", "em", "del", "ul", "ol", "li", "blockquote", "a", "code"],
  attributes: { a: ["href"] },
  protocols: { href: ["http", "https", "mailto"] },
};

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify).freeze();

/** A drive's story as safe HTML. */
export function renderStory(markdown: string): string {
  return String(processor.processSync(markdown)).replaceAll("<a href=", '<a rel="ugc nofollow" href=');
}
