import type { Db } from "@/lib/db";
import { renderMarkdownWithFigures } from "@/lib/markdown/placeholders";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { findPriceFacts } from "./queries";

/** Staff Markdown as the public page will show it today, its placeholders filled: for editors' previews. */
export async function renderMarkdownAsShown(db: Db, markdown: string): Promise<string> {
  const facts = await findPriceFacts(db);
  return facts ? renderMarkdownWithFigures(markdown, facts) : renderMarkdown(markdown);
}
