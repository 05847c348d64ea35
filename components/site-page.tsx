import type { Metadata } from "next";
import { NotFoundPage } from "@/components/not-found-page";
import { Prose } from "@/components/prose";
import { getSitePage } from "@/lib/site-pages/cached";
import { pageMetadata } from "@/lib/site-metadata";

/** A staff-editable page of prose (about, privacy), rendered from the database. */
export async function SitePage({ slug }: { slug: string }) {
  const page = await getSitePage(slug);
  if (!page) return <NotFoundPage />;
  return (
    <div className="container-page py-14">
      <h1 className="text-4xl font-semibold sm:text-5xl">{page.title}</h1>
      <p className="mt-4 max-w-prose text-lg text-ink-soft">{page.description}</p>
      <Prose html={page.html} className="mt-8" />
    </div>
  );
}

export async function sitePageMetadata(slug: string): Promise<Metadata> {
  const page = await getSitePage(slug);
  return page ? pageMetadata({ title: page.title, description: page.description, path: `/${slug}` }) : {};
}
