"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavItem = { href: string; label: string };

/** The section an address belongs to: the longest item whose address starts it ("/admin" only for itself). */
function currentHref(items: NavItem[], pathname: string): string | undefined {
  return items.filter((i) => pathname === i.href || (i.href !== "/admin" && pathname.startsWith(`${i.href}/`))).sort((a, b) => b.href.length - a.href.length)[0]
    ?.href;
}

/**
 * The staff area's navigation: plain links (keyboard order is reading order), wrapping onto
 * more lines on a phone, the current section marked with aria-current. The items come from the
 * server, already limited to what this member of staff may use.
 */
export function AdminNav({ items }: { items: NavItem[] }) {
  const current = currentHref(items, usePathname());
  return (
    <nav aria-label="Staff area" className="border-t border-white/15">
      <ul className="container-page flex flex-wrap gap-x-1 gap-y-1 py-2">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.href === current ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-full px-3 text-sm font-semibold text-white no-underline hover:bg-white/10 aria-[current=page]:bg-white aria-[current=page]:text-night"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
