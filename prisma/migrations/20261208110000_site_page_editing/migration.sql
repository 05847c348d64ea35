-- Staff edit the site's pages of prose in /admin/pages: each save carries the version it was
-- made from (a stale save writes nothing), and the page says who last edited it.
--
-- Written by hand in the format `npm run db:migrate` writes: the Wasm schema engine behind it
-- panics while introspecting this database's CHECK constraints, so it could not generate it.

-- AlterTable
ALTER TABLE "SitePage" ADD COLUMN     "updatedById" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AddForeignKey
ALTER TABLE "SitePage" ADD CONSTRAINT "SitePage_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
