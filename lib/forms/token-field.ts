// A token a link carries, posted back by its page's form (a confirmation, a private edit or
// delete link). The site's tokens are 43 characters; anything longer than `max` is refused as it
// is, never cut down to size and tried: a token cut short is not the one we sent, and saying so
// helps the person who pasted a link twice more than "this link can't be used" would.

/** Longer than any token the site sends, with room to spare. */
export const TOKEN_MAX = 100;

export const TOKEN_TOO_LONG =
  "This link is longer than any we send, so it can’t be used: it may have been pasted twice, or joined to other text. Please open it again from our email.";

/** A page's `searchParams`, once awaited. */
type PageParams = Record<string, string | string[] | undefined>;

/**
 * The field's text, from a posted form, a link's query or a page's `searchParams`, or null when it
 * is longer than `max` (missing or repeated: the empty string, which no token matches).
 */
export function tokenField(source: FormData | URLSearchParams | PageParams, name: string, max: number = TOKEN_MAX): string | null {
  const value = source instanceof FormData || source instanceof URLSearchParams ? source.get(name) : source[name];
  const text = typeof value === "string" ? value : "";
  return text.length > max ? null : text;
}
