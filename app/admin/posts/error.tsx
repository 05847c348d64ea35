"use client";

import Link from "next/link";

// Shown when saving a post fails before our own checks can answer: in practice, a request too
// large for the framework to read (an image far over 10 MB that got past the browser's check).
// The details stay in the server log.
export default function PostEditorError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="max-w-2xl">
      <h1 className="text-4xl font-semibold">Sorry, that didn’t save</h1>
      <p className="mt-4 text-lg text-ink-soft">
        Nothing was changed. If you chose a cover image, it is probably too large: images can be up to 10 MB, and a photo saved for the web or sent by message
        is usually well under that.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="btn-primary">
          Back to the editor
        </button>
        <Link href="/admin/posts" className="btn-secondary">
          All posts
        </Link>
      </div>
    </div>
  );
}
