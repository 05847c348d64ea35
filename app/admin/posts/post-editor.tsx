"use client";

import { useActionState, useEffect, useId, useState, useTransition } from "react";
import { previewMarkdownAction, savePostAction } from "@/app/admin/posts/actions";
import { Prose } from "@/components/prose";
import { idleState } from "@/lib/forms/form-state";
import { MAX_IMAGE_BYTES } from "@/lib/images/image-limits";

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

const input = "mt-1 min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-4";

/**
 * Writing a post: Markdown on the left, the page as visitors will see it on the right. One message
 * at a time, the latest action's: `savedMessage` (a new post's first save, said by the page it was
 * sent on to) until this form answers again.
 */
export function PostEditor({
  post,
  initialPreview,
  currentCover = null,
  savedMessage = null,
}: {
  post: EditablePost;
  initialPreview: string;
  currentCover?: CurrentCover | null;
  savedMessage?: string | null;
}) {
  const [state, action, pending] = useActionState(savePostAction, idleState);
  // Said at once when a file is too big, so it is never sent (the server checks again).
  const [coverTooLarge, setCoverTooLarge] = useState(false);
  const [body, setBody] = useState(post.body);
  const [preview, setPreview] = useState(initialPreview);
  const [, startPreview] = useTransition();
  const id = useId();
  const value = (name: keyof EditablePost) => state.values?.[name] ?? String(post[name] ?? "");
  const version = state.status === "success" && state.values?.version ? state.values.version : String(post.version);
  const err = (name: string) =>
    name === "cover" && coverTooLarge ? "That image is larger than 10 MB. Please choose a smaller one." : state.fieldErrors?.[name];
  const field = (name: string) => (err(name) ? { "aria-invalid": true as const, "aria-describedby": `${id}-${name}-error` } : {});

  useEffect(() => {
    const timer = setTimeout(() => startPreview(async () => setPreview(await previewMarkdownAction(body))), 300);
    return () => clearTimeout(timer);
  }, [body]);

  // Once this form has answered, the address's "?saved=" no longer describes the post: drop it,
  // so a reload does not bring the old message back.
  useEffect(() => {
    if (state.status === "idle" || !window.location.search.includes("saved=")) return;
    const url = new URL(window.location.href);
    url.searchParams.delete("saved");
    window.history.replaceState(window.history.state, "", url);
  }, [state]);
  const shown =
    state.status === "idle"
      ? savedMessage
        ? { text: savedMessage, error: false }
        : null
      : state.message
        ? { text: state.message, error: state.status === "error" }
        : null;

  const message = (name: string) =>
    err(name) ? (
      <p id={`${id}-${name}-error`} className="mt-1 font-semibold text-ember-dark">
        {err(name)}
      </p>
    ) : null;

  return (
    <form action={action} onSubmit={() => setCoverTooLarge(false)} noValidate className="space-y-6">
      <input type="hidden" name="id" value={post.id ?? ""} />
      <input type="hidden" name="version" value={version} />
      {shown ? (
        <p
          role={shown.error ? "alert" : "status"}
          className={`rounded-2xl p-4 font-semibold ring-1 ${shown.error ? "bg-white text-ember-dark ring-ember" : "bg-pine-light text-pine ring-pine/30"}`}
        >
          {shown.text}
        </p>
      ) : null}
      <div className="grid gap-6 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-title`} className="font-semibold">
            Title
          </label>
          <input id={`${id}-title`} name="title" defaultValue={value("title")} className={input} {...field("title")} />
          {message("title")}
        </div>
        <div>
          <label htmlFor={`${id}-slug`} className="font-semibold">
            Address (leave empty to make one from the title)
          </label>
          <input id={`${id}-slug`} name="slug" defaultValue={value("slug")} className={input} {...field("slug")} />
          {message("slug")}
        </div>
        <div>
          <label htmlFor={`${id}-category`} className="font-semibold">
            Category
          </label>
          <select id={`${id}-category`} name="category" defaultValue={value("category")} className={input}>
            <option value="NEWS">News</option>
            <option value="VOLUNTEER_STORY">Volunteer story</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-authorName`} className="font-semibold">
            Author (optional)
          </label>
          <input id={`${id}-authorName`} name="authorName" defaultValue={value("authorName")} className={input} {...field("authorName")} />
          {message("authorName")}
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-excerpt`} className="font-semibold">
          Summary, for lists and social cards
        </label>
        <input id={`${id}-excerpt`} name="excerpt" defaultValue={value("excerpt")} className={input} {...field("excerpt")} />
        {message("excerpt")}
      </div>
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
                  id={`${id}-removeCover`}
                  type="checkbox"
                  name="removeCover"
                  value="yes"
                  defaultChecked={state.values?.removeCover === "yes"}
                  className="size-5 accent-ember"
                />
                <label htmlFor={`${id}-removeCover`}>Remove this image when I save</label>
              </p>
            </div>
          ) : null}
          <div className="min-w-64 flex-1 space-y-5">
            <div>
              <label htmlFor={`${id}-cover`} className="font-semibold">
                {currentCover ? "Replace it with another image" : "Choose an image"}
              </label>
              <p id={`${id}-cover-hint`} className="text-sm text-ink-muted">
                A JPEG, PNG or WebP photo up to 10 MB. Before it goes on the site we take out its location and camera details.
              </p>
              <input
                id={`${id}-cover`}
                type="file"
                name="cover"
                accept="image/jpeg,image/png,image/webp"
                onChange={(e) => {
                  const tooLarge = (e.target.files?.[0]?.size ?? 0) > MAX_IMAGE_BYTES;
                  setCoverTooLarge(tooLarge);
                  if (tooLarge) e.target.value = "";
                }}
                className="mt-2 block w-full rounded-xl border-2 border-dashed border-ink/25 bg-paper p-3 file:mr-4 file:min-h-11 file:rounded-full file:border-0 file:bg-night file:px-5 file:font-semibold file:text-white"
                aria-describedby={`${id}-cover-hint${err("cover") ? ` ${id}-cover-error` : ""}`}
                {...(err("cover") ? { "aria-invalid": true as const } : {})}
              />
              {message("cover")}
            </div>
            <div>
              <label htmlFor={`${id}-coverAlt`} className="font-semibold">
                Describe the image for someone who can’t see it
              </label>
              <p id={`${id}-coverAlt-hint`} className="text-sm text-ink-muted">
                Needed whenever there is an image: say what it shows, in a sentence.
              </p>
              <input
                id={`${id}-coverAlt`}
                name="coverAlt"
                defaultValue={value("coverAlt")}
                className={input}
                aria-describedby={`${id}-coverAlt-hint${err("coverAlt") ? ` ${id}-coverAlt-error` : ""}`}
                {...(err("coverAlt") ? { "aria-invalid": true as const } : {})}
              />
              {message("coverAlt")}
            </div>
          </div>
        </div>
      </fieldset>
      <div className="grid gap-6 lg:grid-cols-2">
        <div>
          <label htmlFor={`${id}-body`} className="font-semibold">
            The post, in Markdown
          </label>
          <textarea
            id={`${id}-body`}
            name="body"
            rows={18}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            className={`${input} py-3 font-mono text-sm`}
            {...field("body")}
          />
          {message("body")}
        </div>
        <section aria-labelledby={`${id}-preview`} className="rounded-2xl bg-white p-5 ring-1 ring-ink/10">
          <h2 id={`${id}-preview`} className="text-sm font-semibold uppercase tracking-wider text-ink-muted">
            Preview
          </h2>
          {/* The very component the post's page shows its body with, so the preview looks the same. */}
          <Prose html={preview} className="mt-3" />
        </section>
      </div>
      <div className="flex flex-wrap items-end gap-3 border-t border-ink/10 pt-6">
        <button type="submit" name="intent" value="draft" disabled={pending} className="btn-secondary">
          Save
        </button>
        <button type="submit" name="intent" value="publish" disabled={pending} className="btn-primary">
          {post.status === "PUBLISHED" ? "Save and keep published" : "Publish now"}
        </button>
        <div>
          <label htmlFor={`${id}-publishAt`} className="block text-sm font-semibold">
            Publish at (London time)
          </label>
          <input
            id={`${id}-publishAt`}
            type="datetime-local"
            name="publishAt"
            defaultValue={value("publishAt")}
            className="min-h-11 rounded-xl border-2 border-ink/25 bg-white px-3"
            aria-describedby={`${id}-publishAt-hint${err("publishAt") ? ` ${id}-publishAt-error` : ""}`}
            {...(err("publishAt") ? { "aria-invalid": true as const } : {})}
          />
        </div>
        <button type="submit" name="intent" value="schedule" disabled={pending} className="btn-secondary">
          Schedule
        </button>
        {post.id && post.status !== "DRAFT" ? (
          <button type="submit" name="intent" value="unpublish" disabled={pending} className="btn-secondary">
            Unpublish
          </button>
        ) : null}
      </div>
      <p id={`${id}-publishAt-hint`} className="-mt-3 max-w-prose text-sm text-ink-muted">
        As London’s clocks show it, in summer time or winter time. The night the clocks go back, a time from 01:00 to 01:59 means the first one, in summer time.
      </p>
      {message("publishAt")}
    </form>
  );
}
