/**
 * What a staff page about one record (`/admin/posts/[id]`, `/admin/pages/[slug]` and the like)
 * returns from generateStaticParams: one made-up value of its one segment, "placeholder".
 *
 * With Cache Components (`cacheComponents` in next.config.ts), Next.js prerenders every dynamic
 * route at build time with the params generateStaticParams gives, to check it and to keep its
 * static shell; an empty list is a build error (nextjs.org/docs/messages/empty-generate-static-params).
 * These pages call requireStaff() before reading their record, which reads the request's cookies,
 * so the build stops there: "placeholder" never reaches the database at build time, and at
 * request time it is a value like any other that matches no record (a 404).
 */
export function placeholderParams<Segment extends string = "id">(segment: Segment = "id" as Segment): Record<Segment, string>[] {
  return [{ [segment]: "placeholder" } as Record<Segment, string>];
}
