import { SiteLink } from "@/components/site-link";
import { NotFoundPage } from "@/components/not-found-page";
import { Pagination } from "@/components/pagination";
import { getWallPage, getWallPoints } from "@/lib/coat-wall/cached";
import { appealHashtag } from "@/lib/coat-wall/wall-words";
import { formatCount } from "@/lib/format/money";
import { WallGrid } from "./wall-grid";

/** /coat-wall, /coat-wall?point=<id>, ?page=2: an address for one page of the wall. */
export function wallHref(pointId: string | null, page: number): string {
  const query = new URLSearchParams();
  if (pointId) query.set("point", pointId);
  if (page > 1) query.set("page", String(page));
  const q = query.toString();
  return q ? `/coat-wall?${q}` : "/coat-wall";
}

/** The path parameters the /coat-wall rewrite gives (next.config.ts), checked; null for nonsense. */
export function parseWallParams(point: string, page: string): { pointId: string | null; page: number } | null {
  if (!/^[1-9]\d{0,4}$/.test(page)) return null;
  if (point !== "all" && !/^[a-z0-9]{1,40}$/.test(point)) return null;
  return { pointId: point === "all" ? null : point, page: Number(page) };
}

/** The wall: newest first, a page at a time, filterable by drop-off point (a plain form: no script needed). */
export async function WallIndex({ pointId, page }: { pointId: string | null; page: number }) {
  const [list, points, tag] = await Promise.all([getWallPage(pointId, page), getWallPoints(), appealHashtag()]);
  if (!list) return <NotFoundPage />;
  const point = pointId ? points.find((p) => p.id === pointId) : null;
  return (
    <div className="container-page py-14">
      {tag ? <p className="eyebrow">{`#${tag}`}</p> : null}
      <h1 className="mt-2 text-4xl font-semibold sm:text-5xl">The coat wall{point ? `: ${point.name}` : ""}</h1>
      <p className="mt-4 max-w-prose text-lg text-ink-soft">
        Supporters holding up the coats they’re giving. Every one will keep someone warm through a night outside in northern France, Paris or Brussels.
      </p>
      <div className="mt-6 flex flex-wrap items-end justify-between gap-4">
        <SiteLink href="/coat-wall/add" className="btn-primary">
          Add your photo
        </SiteLink>
        {points.length ? (
          // A GET form: /coat-wall?point=<id>, rewritten to a cached page.
          <form action="/coat-wall" className="flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="wall-filter" className="block font-semibold">
                Drop-off point
              </label>
              <select id="wall-filter" name="point" defaultValue={pointId ?? ""} className="min-h-11 rounded-xl border-2 border-ink/25 bg-white px-4">
                <option value="">Every point</option>
                {points.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({formatCount(p.count)})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary">
              Show
            </button>
          </form>
        ) : null}
      </div>
      <p className="mt-6 text-ink-soft" role="status">
        {list.total === 0
          ? "No photos here yet. Be the first!"
          : `${formatCount(list.total)} ${list.total === 1 ? "photo" : "photos"}${point ? ` of coats given at ${point.name}` : ""}.`}
      </p>
      <div className="mt-6">
        <WallGrid photos={list.photos} priority={4} />
      </div>
      <Pagination page={list.page} totalPages={list.totalPages} href={(p) => wallHref(pointId, p)} />
    </div>
  );
}
