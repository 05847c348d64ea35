// How large a request body the site will read, by where it is sent. The server entry
// (scripts/serve.ts, through lib/http/incoming-request.ts) refuses a larger one with 413 before
// Next.js reads a byte of it; next.config.ts's serverActions.bodySizeLimit (11 MB) is only the
// framework's outer bound, which the large limit here matches. The nginx template sets the same
// sizes (docs/nginx/winter-appeal.conf.template), so behind it a body is refused even earlier.
//
// No `server-only` guard: pure, and read by the entry before Next.js is loaded.

const KB = 1024;
const MB = 1024 * KB;

/** Every public form (volunteer, newsletter, donate, sign-in), Auth.js, and anything not named below. */
export const PUBLIC_BODY_LIMIT = 100 * KB;
/** The staff area's forms (a newsletter of 40,000 characters is well inside), and Stripe's signed webhook. */
export const STAFF_BODY_LIMIT = 1 * MB;
/** The post editor and a coat drive organiser's page, whose forms carry a page image (up to 10 MB, and the rest of the form). */
export const COVER_UPLOAD_BODY_LIMIT = 11 * MB;
/** The coat wall's upload form (issue #17) and the coat-drive start form (issue #18): a photo of up to 10 MB, and the words. */
export const COAT_WALL_UPLOAD_BODY_LIMIT = 11 * MB;
/** The public addresses that take a file: the coat wall's upload, and starting a coat drive (with its optional photo). */
export const COAT_WALL_UPLOAD_PATH = "/coat-wall/add";
export const COAT_DRIVE_START_PATH = "/coat-drives/start";

/**
 * The most a request may send. The large limit is for the post editor only, and only with a
 * session cookie: a visitor without one cannot be staff, so need not be read at length (the
 * action still checks who is signed in, beside the data).
 */
export function bodyLimitFor(pathname: string, hasSessionCookie: boolean): number {
  if (pathname === "/admin/posts" || pathname.startsWith("/admin/posts/")) return hasSessionCookie ? COVER_UPLOAD_BODY_LIMIT : STAFF_BODY_LIMIT;
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return STAFF_BODY_LIMIT;
  if (pathname === COAT_WALL_UPLOAD_PATH || pathname === COAT_DRIVE_START_PATH) return COAT_WALL_UPLOAD_BODY_LIMIT;
  // Coat drives (issue #18): the organiser's private page carries the drive's photo. Anyone may
  // post there, so its form is limited per connection and its action checks the link's token.
  if (pathname.startsWith("/coat-drives/edit/")) return COVER_UPLOAD_BODY_LIMIT;
  if (pathname === "/api/stripe/webhook") return STAFF_BODY_LIMIT;
  return PUBLIC_BODY_LIMIT;
}

/** An Auth.js session cookie (possibly split into .0, .1… chunks, with or without the __Secure- prefix). */
export function hasSessionCookie(cookieHeader: string | undefined): boolean {
  return /(?:^|;)\s*(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/.test(cookieHeader ?? "");
}

/** "100 KB", "11 MB": a limit as people read it. */
export function sizeInWords(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / KB)} KB`;
}
