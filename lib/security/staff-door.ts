import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { standalonePage } from "@/lib/http/standalone-page";
import { adminsOnlyReason } from "@/lib/staff/sections";
import { editablePage } from "@/lib/site-pages/editable-pages";

// The staff area's door, for proxy.ts. It decides nothing about who may do what: every page checks
// the session with requireStaff() and every action with staffAction(), beside the data. It gives
// two answers the pages cannot:
//
// 1. A visitor with no session cookie asking for a staff page is sent to sign in with a real 307.
//    (A page's redirect() cannot: Next serves each staff page's prerendered empty shell with a 200
//    and only then renders it, so the redirect would be a script in the streamed payload.)
// 2. A staff page about a record that does not exist answers 404 with the not-found page in its
//    HTML, for the same reason: a page's notFound() comes after the 200 and writes its message
//    only into the script payload. The record is looked up only for a live session, so a stranger
//    with a made-up cookie cannot use the answer to learn which ids exist.
// 3. An editor asking for an admin's page (lib/staff/sections.ts) gets a 403 with a small
//    page of its own saying why ("Admins only" and the section's reason) and leading back. Not the
//    page itself with the status set here: Next answers a request for a prerendered shell with the
//    shell's own status (200), whatever the proxy set, so a rewrite's 403 did not survive on most
//    pages, and the page's forbidden() would come after that 200 too. The page still checks the
//    role itself and shows "Admins only" (for a client-side navigation, or if this door is missed).

/** Auth.js's session cookie: `__Secure-` on https (@auth/core lib/utils/cookie.js). */
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

type Exists = (db: Db, id: string) => Promise<boolean>;

/** The database client, loaded on first use so that importing proxy.ts opens no connection. */
async function database(): Promise<Db> {
  return (await import("@/lib/db")).db;
}

const found = (row: unknown) => row !== null;

/** Staff pages about one record: the first segment after /admin, and how to find the record. */
const recordPages: { pattern: RegExp; exists: Exists }[] = [
  { pattern: /^\/admin\/posts\/([^/]+)$/, exists: async (db, id) => found(await db.post.findUnique({ where: { id }, select: { id: true } })) },
  { pattern: /^\/admin\/donations\/([^/]+)$/, exists: async (db, id) => found(await db.donation.findUnique({ where: { id }, select: { id: true } })) },
  { pattern: /^\/admin\/staff\/([^/]+)$/, exists: async (db, id) => found(await db.user.findUnique({ where: { id }, select: { id: true } })) },
  {
    pattern: /^\/admin\/volunteers\/([^/]+)$/,
    exists: async (db, id) => found(await db.volunteerApplication.findUnique({ where: { id }, select: { id: true } })),
  },
  { pattern: /^\/admin\/newsletters\/([^/]+)$/, exists: async (db, id) => found(await db.newsletter.findUnique({ where: { id }, select: { id: true } })) },
  {
    pattern: /^\/admin\/donation-points\/([^/]+)(?:\/close)?$/,
    exists: async (db, id) => found(await db.donationPoint.findUnique({ where: { id }, select: { id: true } })),
  },
  // A site page staff edit: one the code knows (lib/site-pages/editable-pages.ts).
  { pattern: /^\/admin\/pages\/([^/]+)$/, exists: async (_db, slug) => editablePage(slug) !== undefined },
  {
    pattern: /^\/admin\/appeal\/in-kind\/([^/]+)\/remove$/,
    exists: async (db, id) => found(await db.inKindDelivery.findUnique({ where: { id }, select: { id: true } })),
  },
  // ── Coat drives (issue #18) ──
  { pattern: /^\/admin\/coat-drives\/([^/]+)$/, exists: async (db, id) => found(await db.coatDrive.findUnique({ where: { id }, select: { id: true } })) },
  // ── end coat drives ──
];

/** Fixed addresses that the patterns above would otherwise read as ids. */
const fixedPages = new Set([
  "/admin/posts/new",
  "/admin/newsletters/new",
  "/admin/donation-points/new",
  "/admin/donations/export",
  "/admin/donations/problems",
  "/admin/volunteers/export",
  "/admin/subscribers/export",
  "/admin/coat-drives/export",
]);

export function isStaffPage(pathname: string): boolean {
  return (pathname === "/admin" || pathname.startsWith("/admin/")) && pathname !== "/admin/sign-in" && !pathname.startsWith("/admin/sign-in/");
}

function sessionToken(request: NextRequest): string | null {
  for (const name of sessionCookies) {
    const value = request.cookies.get(name)?.value;
    if (value) return value;
  }
  return null;
}

/** The role of the member of staff a session cookie belongs to, or null when it is no live session. */
async function liveSessionRole(db: Db, token: string): Promise<StaffRole | null> {
  const session = await db.session.findUnique({
    where: { sessionToken: token },
    select: { expires: true, user: { select: { disabledAt: true, role: true } } },
  });
  return session !== null && session.expires > new Date() && session.user.disabledAt === null ? session.user.role : null;
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // malformed escapes: looked up as written, and so not found
  }
}

/** The 403 page for an editor asking for an admins' page: why, and the way back. */
export function adminsOnlyPage(reason: string): string {
  return standalonePage({
    title: "Admins only",
    paragraphs: [reason, "If you need something from this part of the staff area, ask an admin."],
    link: { href: "/admin", label: "Back to the staff area" },
  });
}

function adminsOnly(reason: string): NextResponse {
  return new NextResponse(adminsOnlyPage(reason), {
    status: 403,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** The answer for a staff page that the page itself cannot give: a response, or null to let the page answer. */
export async function staffDoor(request: NextRequest): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl;
  // Posts are server actions, which answer for themselves (staffAction); only page loads here.
  if ((request.method !== "GET" && request.method !== "HEAD") || !isStaffPage(pathname)) return null;
  const token = sessionToken(request);
  if (!token) {
    // From SITE_URL, never from the request's Host.
    const response = NextResponse.redirect(new URL("/admin/sign-in", env.SITE_URL), 307);
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
  const refusal = adminsOnlyReason(pathname);
  const page = fixedPages.has(pathname) ? undefined : recordPages.find((p) => p.pattern.test(pathname));
  const id = page?.pattern.exec(pathname)?.[1];
  if (!refusal && (!page || !id)) return null;
  const db = await database();
  const role = await liveSessionRole(db, token);
  if (!role) return null;
  // Before any record is looked up: an editor learns nothing about which ids exist here.
  if (refusal && role !== StaffRole.ADMIN) return adminsOnly(refusal);
  if (!page || !id || (await page.exists(db, decoded(id)))) return null;
  // The site's own not-found page (app/not-found.tsx), with its message in the HTML. A rewrite
  // within this site: the address keeps the request's own origin so Next serves it itself.
  const notFound = request.nextUrl.clone();
  notFound.pathname = "/_not-found";
  notFound.search = "";
  const response = NextResponse.rewrite(notFound, { status: 404 });
  response.headers.set("Cache-Control", "no-store");
  return response;
}
