import type { Metadata } from "next";
import { PlaceholderHelp } from "@/components/admin/placeholder-help";
import { PostEditor } from "@/app/admin/posts/post-editor";
import { requireStaff } from "@/lib/auth/current-staff";
import { findPriceFacts } from "@/lib/campaign/queries";
import { renderMarkdownAsShown } from "@/lib/campaign/render-markdown-as-shown";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";

export const metadata: Metadata = { title: "New post" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewPost({ searchParams }: Props) {
  const staff = await requireStaff();
  // A refused first save posted without script comes back here with its answer kept.
  const [facts, answer] = await Promise.all([
    findPriceFacts(db),
    searchParams.then((query) => keptAnswerFor(db, query.answer, { staffId: staff.id, page: "/admin/posts/new" })),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-4xl font-semibold">New post</h1>
      <PlaceholderHelp facts={facts} />
      <PostEditor
        answer={answer}
        initialPreview={answer?.values?.body ? await renderMarkdownAsShown(db, answer.values.body) : ""}
        post={{ version: 0, title: "", slug: "", category: "NEWS", excerpt: "", body: "", authorName: "", status: "DRAFT", publishAt: "", coverAlt: "" }}
      />
    </div>
  );
}
