import { fillPlaceholders, type PriceFacts } from "@/lib/markdown/placeholders";

/**
 * A post as readers see it: the prices and goal its title, excerpt, cover description and body
 * state through placeholders filled in from the campaign (the body stays Markdown). Without a
 * campaign there is nothing to fill, and the placeholders show as written.
 */
export function postAsShown<T extends { title: string; excerpt: string; coverAlt?: string | null; body?: string }>(post: T, facts: PriceFacts | null): T {
  if (!facts) return post;
  const text = (s: string) => fillPlaceholders(s, facts);
  return {
    ...post,
    title: text(post.title),
    excerpt: text(post.excerpt),
    ...(post.coverAlt ? { coverAlt: text(post.coverAlt) } : {}),
    ...(post.body !== undefined ? { body: fillPlaceholders(post.body, facts, "markdown") } : {}),
  };
}
