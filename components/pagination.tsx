/**
 * Previous / next and numbered pages. `href(page)` builds each address.
 * Plain <a> on purpose: list addresses carry their page in the query string, which the server
 * rewrites to a cached route (next.config.ts); the client router does not apply such rewrites on
 * a soft navigation, so a <Link> would show the wrong page.
 */
export function Pagination({ page, totalPages, href }: { page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null;
  const pages = Array.from({ length: totalPages }, (_, i) => i + 1);
  const item = "flex min-h-11 min-w-11 items-center justify-center rounded-full px-4 font-semibold no-underline";
  return (
    <nav aria-label="Pages" className="mt-10">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        <li>
          {page > 1 ? (
            <a className={`${item} text-ink hover:bg-paper-deep`} href={href(page - 1)} rel="prev">
              ← Newer
            </a>
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
              <a className={`${item} text-ink hover:bg-paper-deep`} href={href(p)}>
                <span className="sr-only">Page </span>
                {p}
              </a>
            )}
          </li>
        ))}
        <li>
          {page < totalPages ? (
            <a className={`${item} text-ink hover:bg-paper-deep`} href={href(page + 1)} rel="next">
              Older →
            </a>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
