import { SiteLink } from "@/components/site-link";
import { sortDrives } from "@/components/coat-drives/drive-index";
import { towardGoalWords } from "@/lib/campaign/progress-words";
import { getLiveDrives } from "@/lib/coat-drives/cached";

/**
 * The appeal page's top ten coat drives by coats toward their goal: a plain list, rendered on the
 * server from the cached list (no script, no bars). Nothing at all while no drive is live.
 */
export async function TopDrives() {
  const drives = sortDrives(await getLiveDrives(), "coats").slice(0, 10);
  if (drives.length === 0) return null;
  return (
    <section aria-labelledby="top-drives" className="container-page py-16">
      <h2 id="top-drives" className="text-3xl font-semibold sm:text-4xl">
        Coat drives leading the way
      </h2>
      <p className="mt-3 max-w-prose text-lg text-ink-soft">
        Schools, workplaces and neighbours collecting for the appeal. Give through one, or start your own.
      </p>
      <ol className="mt-6 grid gap-x-8 gap-y-2 sm:grid-cols-2">
        {drives.map((d) => (
          <li key={d.id} className="flex flex-wrap justify-between gap-x-4 border-b border-ink/10 py-2">
            <SiteLink href={`/coat-drives/${d.slug}`} className="font-semibold">
              {d.name}
            </SiteLink>
            <span className="text-ink-soft tabular-nums">{towardGoalWords(d.progress)}</span>
          </li>
        ))}
      </ol>
      <p className="mt-6 flex flex-wrap gap-3">
        <SiteLink href="/coat-drives" className="btn-secondary">
          See every coat drive
        </SiteLink>
        <SiteLink href="/coat-drives/start" className="btn-secondary">
          Start a coat drive
        </SiteLink>
      </p>
    </section>
  );
}
