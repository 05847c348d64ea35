import { SiteLink } from "@/components/site-link";
import { DriveCard } from "@/components/coat-drives/drive-card";
import { getLiveDrives } from "@/lib/coat-drives/cached";
import type { LiveDrive } from "@/lib/coat-drives/queries";

export type DriveSort = "coats" | "newest";

/** Live drives in the order asked for: most coats toward their goal first, or newest first. */
export function sortDrives(drives: readonly LiveDrive[], sort: DriveSort): LiveDrive[] {
  const newest = (a: LiveDrive, b: LiveDrive) => (b.approvedAt?.getTime() ?? 0) - (a.approvedAt?.getTime() ?? 0) || a.slug.localeCompare(b.slug);
  return [...drives].sort(sort === "coats" ? (a, b) => b.progress.coatsTowardGoal - a.progress.coatsTowardGoal || newest(a, b) : newest);
}

/** /coat-drives: every live drive, sortable, from the cached list (tags coat-drives and progress). */
export async function DriveIndex({ sort }: { sort: DriveSort }) {
  const drives = sortDrives(await getLiveDrives(), sort);
  return (
    <div className="container-page py-14">
      <p className="eyebrow">Coat drives</p>
      <h1 className="mt-2 text-4xl font-semibold sm:text-5xl">Coat drives</h1>
      <p className="mt-4 max-w-prose text-lg text-ink-soft">
        Schools, workplaces, faith groups and neighbours running their own collections for the winter appeal. Every coat they collect, and every coat bought
        through their pages, keeps someone warm.
      </p>
      <p className="mt-6">
        <SiteLink href="/coat-drives/start" className="btn-primary">
          Start a coat drive
        </SiteLink>
      </p>
      {drives.length ? (
        <>
          <nav aria-label="Sort the drives" className="mt-10 flex flex-wrap items-center gap-3">
            <span className="font-semibold">Sort by</span>
            <SiteLink href="/coat-drives" aria-current={sort === "coats" ? "page" : undefined} className={sort === "coats" ? "btn-primary" : "btn-secondary"}>
              Most coats
            </SiteLink>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- query-string list addresses need a full load (components/pagination.tsx) */}
            <a
              href="/coat-drives?sort=newest"
              aria-current={sort === "newest" ? "page" : undefined}
              className={sort === "newest" ? "btn-primary" : "btn-secondary"}
            >
              Newest
            </a>
          </nav>
          <ul className="mt-6 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
            {drives.map((drive) => (
              <li key={drive.id}>
                <DriveCard drive={drive} headingLevel={2} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-10 rounded-3xl bg-white p-8 text-lg ring-1 ring-ink/10">No coat drives are running just now. Why not start the first?</p>
      )}
    </div>
  );
}
