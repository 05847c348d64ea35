/** A drive's address from its name: lower-case words joined by hyphens, at most 60 characters. */
export function slugFrom(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return base || "coat-drive";
}

/** The form a drive's address takes (what /donate?drive= and /coat-drives/<slug> accept). */
export const DRIVE_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,70}[a-z0-9])?$/;

/** Addresses of the coat-drive pages themselves, which a drive may not take. */
const RESERVED = new Set(["start", "confirm", "edit", "stop-emails", "newest", "coats"]);

/** The first of `base`, `base-2`, `base-3`… not among `taken` nor a page's own address. */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base) && !RESERVED.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
