// The map on the drop-off point finder draws tiles from one tile server, named by MAP_TILE_URL as
// a template ("https://tile.openstreetmap.org/{z}/{x}/{y}.png"). Pure and free of lib/env.ts:
// next.config.ts reads it while building, to put the tile server's origin in the security
// policy's img-src (lib/security/headers.ts), and lib/env.ts checks the same variable for the
// running site.

/** OpenStreetMap's standard tiles: free for light use such as this, with credit on the map. */
export const OSM_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
export const OSM_ATTRIBUTION = "© OpenStreetMap contributors";
export const OSM_ATTRIBUTION_URL = "https://www.openstreetmap.org/copyright";

/** What MAP_TILE_URL=off says: no map, the list alone. */
export const MAP_OFF = "off";

const PLACEHOLDER = /\{[^}]*\}/g;
const ALLOWED_PLACEHOLDERS = new Set(["{z}", "{x}", "{y}", "{r}"]);

/**
 * The tile template in force: the variable trimmed, OpenStreetMap's when it is unset or blank,
 * and null when it is "off".
 */
export function effectiveTileUrl(raw: string | null | undefined): string | null {
  if (raw === null) return null;
  const value = raw?.trim() ?? "";
  if (value === "") return OSM_TILE_URL;
  return value.toLowerCase() === MAP_OFF ? null : value;
}

/**
 * Why a tile template cannot be used, in words for the operator, or null when it can. One host,
 * named outright (no "{s}" subdomains: the security policy allows exactly one origin), over
 * http(s), with {z}, {x} and {y} in the path.
 */
export function tileUrlProblem(template: string): string | null {
  if (/\s/.test(template)) return "must be one address with no spaces";
  const scheme = /^(https?):\/\/([^/?#]*)/i.exec(template);
  if (!scheme) return `must be an http(s) address like ${OSM_TILE_URL}, or "off"`;
  if (/[{}]/.test(scheme[2] ?? "")) return "must name one tile server outright: a {s} (or any {…}) in the host is not supported";
  const placeholders: string[] = template.match(PLACEHOLDER) ?? [];
  const unknown = placeholders.filter((p) => !ALLOWED_PLACEHOLDERS.has(p));
  if (unknown.length) return `may use only {z}, {x}, {y} and {r}, not ${unknown.join(", ")}`;
  for (const needed of ["{z}", "{x}", "{y}"] as const) if (!placeholders.includes(needed)) return `must contain ${needed}`;
  try {
    new URL(template.replace(PLACEHOLDER, "0"));
  } catch {
    return "is not a valid address";
  }
  return null;
}

/** The origin tiles are loaded from ("https://tile.openstreetmap.org"), or null for no map or a template that cannot be used. */
export function tileOrigin(template: string | null): string | null {
  if (template === null || tileUrlProblem(template)) return null;
  return new URL(template.replace(PLACEHOLDER, "0")).origin;
}
