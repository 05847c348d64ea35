"use client";

import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * `next/link` for the public site, without prefetching. By default every link that scrolls into
 * view fetches its page's payload and loads that page's scripts (the donate and volunteer forms
 * among them) while this page is still starting up: on a phone that is most of the JavaScript and
 * main-thread time the site adds to the framework's own (docs/performance.md). Navigation stays
 * client-side; the page is fetched when the link is followed, from the server's cache.
 *
 * A client component of its own so that `prefetch={false}` is set here, in the browser, and not
 * written into the page's payload once for every link (docs/performance.md, "What a page carries").
 */
export function SiteLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
