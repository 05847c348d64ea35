import type { Metadata } from "next";
import { PostEditor } from "@/components/admin/post-editor";
import { requireStaff } from "@/lib/auth/current-staff";

export const metadata: Metadata = { title: "New post" };
export const instant = false;

export default async function NewPost() {
  await requireStaff();
  return (
    <div className="space-y-6">
      <h1 className="text-4xl font-semibold">New post</h1>
      <PostEditor
        initialPreview=""
        post={{ version: 0, title: "", slug: "", category: "NEWS", excerpt: "", body: "", authorName: "", status: "DRAFT", publishAt: "", coverAlt: "" }}
      />
    </div>
  );
}
