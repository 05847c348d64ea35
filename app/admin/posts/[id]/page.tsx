import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlaceholderHelp } from "@/components/admin/placeholder-help";
import { PostEditor } from "@/app/admin/posts/post-editor";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { findPriceFacts } from "@/lib/campaign/queries";
import { renderMarkdownAsShown } from "@/lib/campaign/render-markdown-as-shown";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { coverPicture } from "@/lib/posts/cover-image";
import { placeholderParams } from "@/lib/staff/placeholder-params";
import { describeLondonTime, toLondonInputValue } from "@/lib/format/london-time";

export const metadata: Metadata = { title: "Edit post" };
export const instant = false;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateStaticParams() {
  return placeholderParams();
}

export default async function EditPost({ params, searchParams }: Props) {
  const staff = await requireStaff();
  const [{ id }, { saved, answer: answerId }] = await Promise.all([params, searchParams]);
  // A save posted without script comes back here with its answer kept (lib/forms/kept-answers.ts).
  const answer = await keptAnswerFor(db, answerId, { staffId: staff.id, page: `/admin/posts/${encodeURIComponent(id)}` });
  const post = await db.post.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      title: true,
      slug: true,
      category: true,
      excerpt: true,
      body: true,
      authorName: true,
      status: true,
      publishedAt: true,
      coverImage: true,
      coverAlt: true,
    },
  });
  if (!post) notFound();
  const cover = coverPicture(post);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-4xl font-semibold">Edit post</h1>
        {post.status !== "DRAFT" ? <Link href={`/news/${post.slug}`}>View on the site</Link> : null}
      </div>
      {post.status === "SCHEDULED" && post.publishedAt ? (
        <p>
          Goes live on <time dateTime={post.publishedAt.toISOString()}>{describeLondonTime(post.publishedAt)}</time>.
        </p>
      ) : null}
      <PlaceholderHelp facts={await findPriceFacts(db)} />
      <PostEditor
        answer={answer}
        initialPreview={await renderMarkdownAsShown(db, answer?.values?.body ?? post.body)}
        currentCover={cover?.card ?? null}
        savedMessage={typeof saved === "string" ? (saved === "publish" ? "Published." : saved === "schedule" ? "Scheduled." : "Saved as a draft.") : null}
        post={{
          id: post.id,
          version: post.version,
          title: post.title,
          slug: post.slug,
          category: post.category,
          excerpt: post.excerpt,
          body: post.body,
          authorName: post.authorName ?? "",
          status: post.status,
          publishAt: post.status === "SCHEDULED" && post.publishedAt ? toLondonInputValue(post.publishedAt) : "",
          coverAlt: post.coverAlt ?? "",
        }}
      />
    </div>
  );
}
