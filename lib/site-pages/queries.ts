import type { Db } from "@/lib/db";

export async function findSitePage(db: Db, slug: string) {
  return db.sitePage.findUnique({ where: { slug }, select: { slug: true, title: true, description: true, body: true, updatedAt: true } });
}
