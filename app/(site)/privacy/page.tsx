import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Prose } from "@/components/prose";
import { getSitePage } from "@/lib/site-pages/cached";
import { pageMetadata } from "@/lib/site-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const page = await getSitePage("privacy");
  return page ? pageMetadata({ title: page.title, description: page.description, path: "/privacy" }) : {};
}

export default async function SitePage() {
  const page = await getSitePage("privacy");
  if (!page) notFound();
  return (
    <div className="container-page py-14">
      <h1 className="text-4xl font-semibold sm:text-5xl">{page.title}</h1>
      <p className="mt-4 max-w-prose text-lg text-ink-soft">{page.description}</p>
      <Prose html={page.html} className="mt-8" />
    </div>
  );
}
