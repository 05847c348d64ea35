import type { Metadata } from "next";
import { NotFoundPage } from "@/components/not-found-page";

// Every address no other route matches: the 404 message inside the site's header and footer, in
// the HTML (for a browser without script) and with a real 404 status. Next would otherwise answer
// these with the root app/not-found.tsx, outside this group's layout; that page is kept small
// because Next carries it in every page's payload (docs/performance.md, "What a page carries").

type Props = { params: Promise<{ missing: string[] }> };

export function generateStaticParams() {
  // Cache Components needs one to check the route; every address, this one too, is a 404.
  return [{ missing: ["no-such-page"] }];
}

// Both read the address, as app/shared/[token] does, so that Next renders the page for the address
// asked for. Without that it prerenders one shell for every address, and the build stops there
// ("uncached or runtime data in generateMetadata()", from the root layout's metadata).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await params;
  return { title: "Page not found" };
}

export default async function MissingPage({ params }: Props) {
  await params;
  return <NotFoundPage />;
}
