import Link from "next/link";

/** The top of each appeal editor page: the way back, the title and what saving does. */
export function SectionHeader({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="space-y-3">
      <p>
        <Link href="/admin/appeal">← The appeal</Link>
      </p>
      <h1 className="text-4xl font-semibold">{title}</h1>
      {children ? <div className="max-w-prose text-lg text-ink-soft">{children}</div> : null}
    </div>
  );
}
