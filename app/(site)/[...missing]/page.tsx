import type { Metadata } from "next";
import { NotFoundPage } from "@/components/not-found-page";

export const metadata: Metadata = { title: "Page not found" };

export function generateStaticParams() {
  // Cache Components needs one to check the route; every address, this one too, is a 404.
  return [{ missing: ["no-such-page"] }];
}

/**
 * Every address no other route matches: the 404 message inside the site's header and footer, in
 * the HTML (for a browser without script) and with a real 404 status. Next would otherwise answer
 * these with the root app/not-found.tsx, outside this group's layout; that page is kept small
 * because Next carries it in every page's payload.
 */
export default function MissingPage() {
  return <NotFoundPage />;
}
