import type { AppealDay } from "@/lib/dashboard/appeal-by-day";
import { formatCount, formatPence } from "@/lib/format/money";

// The appeal by day, drawn on the server as SVG: no script, no chart library. The picture is for
// sighted readers (aria-hidden); the table beside it holds the same figures for everyone else,
// and the figure's caption says so.

const WIDTH = 720;
const PANEL = 150;
const LEFT = 56;
const RIGHT = 8;
const TOP = 22;
const AXIS = 22;

const shortDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const longDay = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
/** "5 Jun" for a London day ("2026-06-05"). */
const labelOf = (day: string, long = false) => (long ? longDay : shortDay).format(new Date(`${day}T12:00:00Z`));

/** A round number at or above `max` for the top of an axis: 1, 2 or 5 times a power of ten. */
function niceCeiling(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= max) ?? 10 * power;
}

type Series = { label: string; className: string; values: number[] };

/** One panel: bars per day, one per series side by side, a baseline and the top of the scale. */
function Panel({ title, days, series, y, format }: { title: string; days: string[]; series: Series[]; y: number; format: (n: number) => string }) {
  const top = niceCeiling(Math.max(0, ...series.flatMap((s) => s.values)));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const slot = plotWidth / Math.max(1, days.length);
  const bar = Math.max(1, (slot * 0.8) / series.length);
  const base = y + TOP + PANEL;
  const every = Math.max(1, Math.ceil(days.length / 8));
  return (
    <g>
      <text x={LEFT} y={y + 14} className="fill-ink text-[13px] font-semibold">
        {title}
      </text>
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={y + TOP} y2={y + TOP} className="stroke-ink/15" strokeDasharray="4 4" />
      <text x={LEFT - 6} y={y + TOP + 4} textAnchor="end" className="fill-ink-soft text-[11px]">
        {format(top)}
      </text>
      <text x={LEFT - 6} y={base + 4} textAnchor="end" className="fill-ink-soft text-[11px]">
        {format(0)}
      </text>
      {series.map((s, si) =>
        s.values.map((v, i) => {
          const h = (v / top) * PANEL;
          return v > 0 ? (
            <rect key={`${si}-${i}`} x={LEFT + i * slot + slot * 0.1 + si * bar} y={base - h} width={bar} height={h} className={s.className} />
          ) : null;
        }),
      )}
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={base} y2={base} className="stroke-ink/40" />
      {days.map((d, i) =>
        i % every === 0 || i === days.length - 1 ? (
          <text key={d} x={LEFT + i * slot + slot / 2} y={base + 15} textAnchor="middle" className="fill-ink-soft text-[11px]">
            {labelOf(d)}
          </text>
        ) : null,
      )}
    </g>
  );
}

const swatch = { raised: "fill-ember", bought: "fill-night", handedIn: "fill-pine" };

export function AppealChart({ days, undatedHandedIn }: { days: AppealDay[]; undatedHandedIn: number }) {
  const money = days.some((d) => d.money);
  const names = days.map((d) => d.day);
  const coatSeries: Series[] = [
    ...(money ? [{ label: "Coats bought with money", className: swatch.bought, values: days.map((d) => d.money?.coatsBought ?? 0) }] : []),
    { label: "Coats handed in", className: swatch.handedIn, values: days.map((d) => d.coatsHandedIn) },
  ];
  const height = (money ? 2 : 1) * (TOP + PANEL + AXIS + 10);
  const total = (f: (d: AppealDay) => number) => days.reduce((a, d) => a + f(d), 0);
  const first = names[0];
  const last = names.at(-1);
  return (
    <figure aria-labelledby="appeal-chart-caption" className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="rounded-3xl bg-white p-4 ring-1 ring-ink/10">
        <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false" className="h-auto">
          {money ? (
            <Panel
              title="Money raised each day"
              days={names}
              y={0}
              series={[{ label: "Raised", className: swatch.raised, values: days.map((d) => d.money?.raisedPence ?? 0) }]}
              format={formatPence}
            />
          ) : null}
          <Panel title="Coats each day" days={names} y={money ? TOP + PANEL + AXIS + 10 : 0} series={coatSeries} format={formatCount} />
        </svg>
        <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-ink-soft" aria-hidden="true">
          {money ? (
            <li>
              <span className="mr-1.5 inline-block h-3 w-3 rounded-sm bg-ember align-middle" />
              Money raised
            </li>
          ) : null}
          {coatSeries.map((s) => (
            <li key={s.label}>
              <span className={`mr-1.5 inline-block h-3 w-3 rounded-sm align-middle ${s.className === swatch.bought ? "bg-night" : "bg-pine"}`} />
              {s.label}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <figcaption id="appeal-chart-caption" className="font-semibold">
          The appeal by day{first && last ? `, ${labelOf(first, true)} to ${labelOf(last, true)}` : ""} (London days).{" "}
          <span className="font-normal text-ink-soft">The table holds the chart’s figures.</span>
        </figcaption>
        {undatedHandedIn > 0 ? (
          <p className="mt-1 text-sm text-ink-soft">
            {formatCount(undatedHandedIn)} coats handed in were counted as a total, without dates, so they are not in the chart.
          </p>
        ) : null}
        {/* Scrolls on its own: a long appeal is many days. Focusable so a keyboard can scroll it. */}
        <div role="region" aria-labelledby="appeal-table-caption" tabIndex={0} className="mt-3 max-h-96 overflow-auto rounded-2xl bg-white ring-1 ring-ink/10">
          <table className="w-full text-left text-sm">
            <caption id="appeal-table-caption" className="sr-only">
              {money ? "Money raised and coats, by day" : "Coats handed in, by day"}
            </caption>
            <thead className="sticky top-0 bg-white">
              <tr className="border-b border-ink/20">
                <th scope="col" className="px-3 py-2">
                  Day
                </th>
                {money ? (
                  <th scope="col" className="px-3 py-2 text-right">
                    Raised
                  </th>
                ) : null}
                {money ? (
                  <th scope="col" className="px-3 py-2 text-right">
                    Coats bought
                  </th>
                ) : null}
                <th scope="col" className="px-3 py-2 text-right">
                  Coats handed in
                </th>
              </tr>
            </thead>
            <tbody>
              {[...days].reverse().map((d) => (
                <tr key={d.day} className="border-b border-ink/10">
                  <th scope="row" className="px-3 py-1.5 font-normal">
                    <time dateTime={d.day}>{labelOf(d.day, true)}</time>
                  </th>
                  {d.money ? <td className="px-3 py-1.5 text-right tabular-nums">{formatPence(d.money.raisedPence)}</td> : null}
                  {d.money ? <td className="px-3 py-1.5 text-right tabular-nums">{formatCount(d.money.coatsBought)}</td> : null}
                  <td className="px-3 py-1.5 text-right tabular-nums">{formatCount(d.coatsHandedIn)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="font-semibold">
                <th scope="row" className="px-3 py-2">
                  All days
                </th>
                {money ? <td className="px-3 py-2 text-right tabular-nums">{formatPence(total((d) => d.money?.raisedPence ?? 0))}</td> : null}
                {money ? <td className="px-3 py-2 text-right tabular-nums">{formatCount(total((d) => d.money?.coatsBought ?? 0))}</td> : null}
                <td className="px-3 py-2 text-right tabular-nums">{formatCount(total((d) => d.coatsHandedIn))}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </div>
    </figure>
  );
}
