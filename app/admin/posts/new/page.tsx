import type { Metadata } from "next";
import { PlaceholderHelp } from "@/components/admin/placeholder-help";
import { PostEditor } from "@/app/admin/posts/post-editor";
import { requireStaff } from "@/lib/auth/current-staff";
import { findPriceFacts } from "@/lib/campaign/queries";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "New post" };
export const instant = false;

export default async function NewPost() {
  await requireStaff();
  const facts = await findPriceFacts(db);
  return (
    <div className="space-y-6">
      <h1 className="text-4xl font-semibold">New post</h1>
      <PlaceholderHelp facts={facts} />
      <PostEditor
        initialPreview=""
        post={{ version: 0, title: "", slug: "", category: "NEWS", excerpt: "", body: "", authorName: "", status: "DRAFT", publishAt: "", coverAlt: "" }}
      />
    </div>
  );
}
