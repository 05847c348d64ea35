"use client";

import { useEffect, useState, useTransition } from "react";
import { EditorMessage } from "@/app/admin/editor-message";
import { previewMarkdownAction, savePostAction } from "@/app/admin/posts/actions";
import { Field, FieldError, SelectField, useFormKit, VersionField } from "@/components/forms/form-kit";
import { ImageInput } from "@/components/forms/image-input";
import { Prose } from "@/components/prose";
import type { FormState } from "@/lib/forms/form-state";
import { MAX_IMAGE_MB } from "@/lib/images/image-limits";

export type EditablePost = {
  id?: string;
  version: number;
  title: string;
  slug: string;
  category: "NEWS" | "VOLUNTEER_STORY";
  excerpt: string;
  body: string;
  authorName: string;
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED";
  publishAt: string;
  coverAlt: string;
};

/** The post's current cover, as the card on the site shows it. */
export type CurrentCover = { src: string; width: number; height: number };

/**
 * Writing a post: Markdown on the left, the page as visitors will see it on the right. One message
 * at a time, the latest action's: `savedMessage` (a new post's first save, said by the page it was
 * sent on to) until this form answers again. A post without script comes back with its answer
 * kept (`answer`; docs/architecture.md, "Forms, and what a post without script gets back").
 */
export function PostEditor({
  post,
  answer,
  initialPreview,
  currentCover = null,
  savedMessage = null,
}: {
  post: EditablePost;
  answer?: FormState;
  initialPreview: string;
  currentCover?: CurrentCover | null;
  savedMessage?: string | null;
}) {
  const { id: postId, status, ...fields } = post;
  const [kit, action] = useFormKit(savePostAction, { answer, initial: { ...fields, version: String(fields.version) } });
  const [body, setBody] = useState(() => kit.value("body"));
  const [preview, setPreview] = useState(initialPreview);
  const [, startPreview] = useTransition();

  useEffect(() => {
    const timer = setTimeout(() => startPreview(async () => setPreview(await previewMarkdownAction(body))), 300);
    return () => clearTimeout(timer);
  }, [body]);

  // Once this form has answered, the address's "?saved=" no longer describes the post: drop it,
  // so a reload does not bring the old message back.
  useEffect(() => {
    if (kit.state.status === "idle" || !window.location.search.includes("saved=")) return;
    const url = new URL(window.location.href);
    url.searchParams.delete("saved");
    window.history.replaceState(window.history.state, "", url);
  }, [kit.state]);

  return (
    <form
      action={action}
      key={kit.key}
      onSubmit={() => kit.setFound("cover")}
      onChange={(e) => {
        if (e.target instanceof HTMLTextAreaElement && e.target.name === "body") setBody(e.target.value);
      }}
      noValidate
      className="space-y-6"
    >
      <input type="hidden" name="id" value={postId ?? ""} />
      <VersionField kit={kit} />
      <EditorMessage kit={kit} text={kit.state.status === "idle" ? savedMessage : kit.state.message} />
      <div className="grid gap-6 sm:grid-cols-2">
        <Field kit={kit} name="title" label="Title" />
        <Field kit={kit} name="slug" label="Address (leave empty to make one from the title)" />
        <SelectField
          kit={kit}
          name="category"
          label="Category"
          options={[
            { value: "NEWS", label: "News" },
            { value: "VOLUNTEER_STORY", label: "Volunteer story" },
          ]}
        />
        <Field kit={kit} name="authorName" label="Author (optional)" />
      </div>
      <Field kit={kit} name="excerpt" label="Summary, for lists and social cards" />
      <fieldset className="rounded-2xl bg-white p-5 ring-1 ring-ink/10">
        <legend className="px-1 font-semibold">Cover image (optional)</legend>
        <div className="flex flex-wrap gap-6">
          {currentCover ? (
            <div>
              {/* eslint-disable-next-line @next/next/no-img-element -- the stored card-sized copy, shown as it is */}
              <img
                src={currentCover.src}
                width={currentCover.width}
                height={currentCover.height}
                alt={post.coverAlt}
                className="aspect-[3/2] w-56 rounded-xl object-cover"
              />
              <p className="mt-3 flex items-center gap-2">
                <input
                  id={kit.id("removeCover")}
                  type="checkbox"
                  name="removeCover"
                  value="yes"
                  defaultChecked={kit.checked("removeCover")}
                  className="size-5 accent-ember"
                />
                <label htmlFor={kit.id("removeCover")}>Remove this image when I save</label>
              </p>
            </div>
          ) : null}
          <div className="min-w-64 flex-1 space-y-5">
            <div>
              <label htmlFor={kit.id("cover")} className="font-semibold">
                {currentCover ? "Replace it with another image" : "Choose an image"}
              </label>
              <p id={`${kit.id("cover")}-hint`} className="text-sm text-ink-muted">
                A JPEG, PNG or WebP photo up to {MAX_IMAGE_MB} MB. Before it goes on the site we take out its location and camera details.
              </p>
              {/* Said at once when a file is too big, and emptied, so it is never sent (the server checks again). */}
              <ImageInput
                kit={kit}
                problem="cover"
                noun="image"
                clearTooLarge
                id={kit.id("cover")}
                name="cover"
                className="mt-2 block w-full rounded-xl border-2 border-dashed border-ink/25 bg-paper p-3 file:mr-4 file:min-h-11 file:rounded-full file:border-0 file:bg-night file:px-5 file:font-semibold file:text-white"
                {...kit.aria("cover", `${kit.id("cover")}-hint`)}
              />
              <FieldError kit={kit} name="cover" />
            </div>
            <Field
              kit={kit}
              name="coverAlt"
              label="Describe the image for someone who can’t see it"
              hint="Needed whenever there is an image: say what it shows, in a sentence."
            />
          </div>
        </div>
      </fieldset>
      <div className="grid gap-6 lg:grid-cols-2">
        <Field kit={kit} name="body" label="The post, in Markdown" rows={18} inputClassName="font-mono text-sm" />
        <section aria-labelledby={kit.id("preview")} className="rounded-2xl bg-white p-5 ring-1 ring-ink/10">
          <h2 id={kit.id("preview")} className="text-sm font-semibold uppercase tracking-wider text-ink-muted">
            Preview
          </h2>
          {/* The very component the post's page shows its body with, so the preview looks the same. */}
          <Prose html={preview} className="mt-3" />
        </section>
      </div>
      <div className="flex flex-wrap items-end gap-3 border-t border-ink/10 pt-6">
        <button type="submit" name="intent" value="draft" disabled={kit.pending} className="btn-secondary">
          Save
        </button>
        <button type="submit" name="intent" value="publish" disabled={kit.pending} className="btn-primary">
          {status === "PUBLISHED" ? "Save and keep published" : "Publish now"}
        </button>
        <div>
          <label htmlFor={kit.id("publishAt")} className="block text-sm font-semibold">
            Publish at (London time)
          </label>
          <input
            id={kit.id("publishAt")}
            type="datetime-local"
            name="publishAt"
            defaultValue={kit.value("publishAt")}
            className="min-h-11 rounded-xl border-2 border-ink/25 bg-white px-3 aria-invalid:border-ember-dark"
            {...kit.aria("publishAt", `${kit.id("publishAt")}-hint`)}
          />
        </div>
        <button type="submit" name="intent" value="schedule" disabled={kit.pending} className="btn-secondary">
          Schedule
        </button>
        {postId && status !== "DRAFT" ? (
          <button type="submit" name="intent" value="unpublish" disabled={kit.pending} className="btn-secondary">
            Unpublish
          </button>
        ) : null}
      </div>
      <p id={`${kit.id("publishAt")}-hint`} className="-mt-3 max-w-prose text-sm text-ink-muted">
        As London’s clocks show it, in summer time or winter time. The night the clocks go back, a time from 01:00 to 01:59 means the first one, in summer time.
      </p>
      <FieldError kit={kit} name="publishAt" />
    </form>
  );
}
