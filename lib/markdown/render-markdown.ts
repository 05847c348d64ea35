import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
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

/** Markdown from staff or the seed to HTML that is safe to insert into a page. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
