import { fillPlaceholders, type PriceFacts } from "@/lib/markdown/placeholders";
import { renderMarkdown } from "@/lib/markdown/render-markdown";

/** A site page (about, privacy) as visitors read it: placeholders filled, the body rendered. */
export function pageAsShown<T extends { title: string; description: string; body: string }>(page: T, facts: PriceFacts | null): T & { html: string } {
  if (!facts) return { ...page, html: renderMarkdown(page.body) };
  const text = (s: string) => fillPlaceholders(s, facts);
  const body = fillPlaceholders(page.body, facts, "markdown");
  return { ...page, title: text(page.title), description: text(page.description), body, html: renderMarkdown(body) };
}
