import type { PublicDonationPoint } from "@/lib/donation-points/queries";
import { formatMiles } from "@/lib/format/miles";
import { StatusBadge } from "./status-badge";

/** A point as the public list has it, and how far it is from where the visitor searched. */
export type PointCardProps = PublicDonationPoint & {
  /** Null when the list has no origin, or this point has no map position. */
  miles: number | null;
};

/** OpenStreetMap at the point, or a search for its postcode: a plain link, no script, no tiles. */
function mapLink(p: Pick<PointCardProps, "latitude" | "longitude" | "postcode">): string {
  if (p.latitude !== null && p.longitude !== null) {
    return `https://www.openstreetmap.org/?mlat=${p.latitude}&mlon=${p.longitude}#map=17/${p.latitude}/${p.longitude}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(p.postcode)}`;
}

/**
 * One drop-off point in the public list. `number` is its place in the list, shown as the map's
 * markers show it (the list itself tells screen readers the order); a marker links to the
 * heading, and the card is outlined while it is the link's target.
 */
export function PointCard({ point, measured, number }: { point: PointCardProps; measured: boolean; number?: number }) {
  const headingId = `point-${point.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-3xl bg-white p-6 shadow-sm ring-1 ring-ink/10 has-[:target]:ring-4 has-[:target]:ring-ember">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="flex items-center gap-3">
          {number !== undefined ? (
            <span
              aria-hidden="true"
              className={`inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-full text-base font-bold text-white ${point.status === "FULL" ? "bg-ember-dark" : "bg-pine"}`}
            >
              {number}
            </span>
          ) : null}
          <h3 id={headingId} className="scroll-mt-6 text-xl font-semibold sm:text-2xl">
            {point.name}
          </h3>
        </div>
        <StatusBadge status={point.status} />
      </div>
      {measured ? (
        <p className="mt-1 font-semibold text-ember-dark">{point.miles !== null ? `${formatMiles(point.miles)} away` : "Distance not known yet"}</p>
      ) : null}
      <dl className="mt-4 grid gap-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-semibold uppercase tracking-wider text-ink-muted">Address</dt>
          <dd className="mt-1">
            <address className="whitespace-pre-line not-italic">{`${point.address}\n${point.postcode}`}</address>
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold uppercase tracking-wider text-ink-muted">Opening times</dt>
          <dd className="mt-1 whitespace-pre-line">{point.openingTimes}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-sm font-semibold uppercase tracking-wider text-ink-muted">Needed now</dt>
          <dd className="mt-1">{point.needs}</dd>
        </div>
      </dl>
      <p className="mt-4">
        <a
          href={mapLink(point)}
          rel="noopener"
          aria-label={`Show on OpenStreetMap: ${point.name}`}
          className="font-semibold text-ember-dark underline underline-offset-4 hover:no-underline"
        >
          Show on OpenStreetMap
        </a>
      </p>
    </article>
  );
}
