import Link from "next/link";

/** Previous / next and numbered pages. `href(page)` builds each address. */
export function Pagination({ page, totalPages, href }: { page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null;
  const pages = Array.from({ length: totalPages }, (_, i) => i + 1);
  const item = "flex min-h-11 min-w-11 items-center justify-center rounded-full px-4 font-semibold no-underline";
  return (
    <nav aria-label="Pages" className="mt-10">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        <li>
          {page > 1 ? (
            <Link className={`${item} text-ink hover:bg-paper-deep`} href={href(page - 1)} rel="prev">
              ← Newer
            </Link>
          ) : null}
        </li>
        {pages.map((p) => (
          <li key={p}>
            {p === page ? (
              <span aria-current="page" className={`${item} bg-ink text-paper`}>
                <span className="sr-only">Page </span>
                {p}
              </span>
            ) : (
              <Link className={`${item} text-ink hover:bg-paper-deep`} href={href(p)}>
                <span className="sr-only">Page </span>
                {p}
              </Link>
            )}
          </li>
        ))}
        <li>
          {page < totalPages ? (
            <Link className={`${item} text-ink hover:bg-paper-deep`} href={href(page + 1)} rel="next">
              Older →
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
