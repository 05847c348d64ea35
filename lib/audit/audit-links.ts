import type { Db } from "@/lib/db";
import { sitePageTitles } from "@/lib/site-pages/page-titles";
import { noLinks, type AuditLinks } from "./describe-audit";

type Row = { action: string; subject: string; details: unknown };

const idIn = (details: unknown, key: string): string | undefined => {
  if (details === null || typeof details !== "object" || Array.isArray(details)) return undefined;
  const value = (details as Record<string, unknown>)[key];
  return typeof value === "string" && value !== "" ? value : undefined;
};

const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => v !== undefined))];

/**
 * What the rows on one page of the log are about and still exists, read in a few queries (one
 * per kind of thing, for the page's rows only): the sentences link to those and name the rest.
 */
export async function findAuditLinks(db: Db, rows: Row[]): Promise<AuditLinks> {
  const of = (prefix: string) => rows.filter((r) => r.action.startsWith(prefix));
  const posts = of("post.");
  const postIds = unique(posts.map((r) => idIn(r.details, "id")));
  const postSlugs = unique(posts.filter((r) => !idIn(r.details, "id")).map((r) => r.subject));
  const pointIds = unique(of("donation-point.").map((r) => idIn(r.details, "id")));
  const volunteerIds = unique(of("volunteer.").map((r) => r.subject));
  const newsletterIds = unique(of("newsletter.send").map((r) => r.subject));
  const staffEmails = unique(of("staff.").map((r) => r.subject));
  const donationIds = unique(of("payment-problem.").map((r) => idIn(r.details, "donationId")));
  const claimIds = unique(of("gift-aid.").map((r) => r.subject));
  const pageSlugs = unique(of("site-page.").map((r) => r.subject));

  const none = <T>(): Promise<T[]> => Promise.resolve([]);
  const [postRows, pointRows, volunteerRows, newsletterRows, staffRows, donationRows, claimRows, pageRows] = await Promise.all([
    postIds.length || postSlugs.length
      ? db.post.findMany({ where: { OR: [{ id: { in: postIds } }, { slug: { in: postSlugs } }] }, select: { id: true, slug: true, title: true } })
      : none<{ id: string; slug: string; title: string }>(),
    pointIds.length ? db.donationPoint.findMany({ where: { id: { in: pointIds } }, select: { id: true } }) : none<{ id: string }>(),
    volunteerIds.length
      ? db.volunteerApplication.findMany({ where: { id: { in: volunteerIds } }, select: { id: true, name: true } })
      : none<{ id: string; name: string }>(),
    newsletterIds.length ? db.newsletter.findMany({ where: { id: { in: newsletterIds } }, select: { id: true } }) : none<{ id: string }>(),
    staffEmails.length ? db.user.findMany({ where: { email: { in: staffEmails } }, select: { id: true, email: true } }) : none<{ id: string; email: string }>(),
    donationIds.length ? db.donation.findMany({ where: { id: { in: donationIds } }, select: { id: true } }) : none<{ id: string }>(),
    claimIds.length ? db.giftAidClaim.findMany({ where: { id: { in: claimIds } }, select: { id: true } }) : none<{ id: string }>(),
    pageSlugs.length ? sitePageTitles(db, pageSlugs) : none<{ slug: string; title: string }>(),
  ]);

  const links = noLinks();
  for (const p of postRows) {
    links.posts.set(p.id, { id: p.id, title: p.title });
    links.posts.set(p.slug, { id: p.id, title: p.title });
  }
  for (const p of pointRows) links.points.add(p.id);
  for (const v of volunteerRows) links.volunteers.set(v.id, v.name);
  for (const n of newsletterRows) links.newsletters.add(n.id);
  for (const s of staffRows) links.staff.set(s.email, s.id);
  for (const d of donationRows) links.donations.add(d.id);
  for (const c of claimRows) links.claims.add(c.id);
  for (const p of pageRows) links.pages.set(p.slug, p.title);
  return links;
}
