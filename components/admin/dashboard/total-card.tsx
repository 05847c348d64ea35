import Link from "next/link";

/** One figure on the dashboard, the whole card a link to the list behind it. */
export function TotalCard({ href, label, figure, detail }: { href: string; label: string; figure: string; detail?: string }) {
  return (
    <li>
      <Link href={href} className="block h-full rounded-3xl bg-white p-5 text-ink no-underline ring-1 ring-ink/10 hover:ring-2 hover:ring-ember">
        <span className="block text-sm font-semibold text-ink-soft">{label}</span>
        <span className="mt-1 block font-serif text-3xl font-semibold tabular-nums">{figure}</span>
        {detail ? <span className="mt-1 block text-sm text-ink-soft">{detail}</span> : null}
      </Link>
    </li>
  );
}
