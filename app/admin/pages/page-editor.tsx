"use client";

import { useActionState, useEffect, useId, useState, useTransition } from "react";
import { previewPageAction, savePageAction } from "@/app/admin/pages/actions";
import { idleState, type FormState } from "@/lib/forms/form-state";

export type EditableSitePage = { slug: string; version: number; title: string; description: string; body: string };

const input = "mt-1 min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-4";

/**
 * A site page's editor: title, summary and Markdown, the page as visitors will see it beside it.
 * Without script the form still posts, and comes back with its messages and everything typed.
 */
export function PageEditor({
  page,
  kept,
  initialPreview,
  limits,
}: {
  page: EditableSitePage;
  /** The answer to a save posted without script (lib/forms/kept-answers.ts). */
  kept?: FormState;
  initialPreview: string;
  limits: { title: number; description: number; body: number };
}) {
  const [state, action, pending] = useActionState(savePageAction, kept ?? idleState);
  // A post without script comes back with what was typed already in the state.
  const [body, setBody] = useState(() => state.values?.body ?? page.body);
  const [preview, setPreview] = useState(initialPreview);
  const [, startPreview] = useTransition();
  const id = useId();
  const value = (name: "title" | "description" | "body") => state.values?.[name] ?? page[name];
  const version = state.values?.version ?? String(page.version);
  const err = (name: string) => state.fieldErrors?.[name];
  const described = (name: string, hint?: boolean) => {
    const ids = [hint ? `${id}-${name}-hint` : "", err(name) ? `${id}-${name}-error` : ""].filter(Boolean).join(" ");
    return { ...(ids ? { "aria-describedby": ids } : {}), ...(err(name) ? { "aria-invalid": true as const } : {}) };
  };
  const message = (name: string) =>
    err(name) ? (
      <p id={`${id}-${name}-error`} className="mt-1 font-semibold text-ember-dark">
        {err(name)}
      </p>
    ) : null;

  useEffect(() => {
    const timer = setTimeout(() => startPreview(async () => setPreview(await previewPageAction(body))), 300);
    return () => clearTimeout(timer);
  }, [body]);

  return (
    <form action={action} noValidate className="space-y-6">
      <input type="hidden" name="slug" value={page.slug} />
      <input type="hidden" name="version" value={version} />
      {state.message ? (
        <p
          role={state.status === "error" ? "alert" : "status"}
          className={`rounded-2xl p-4 font-semibold ring-1 ${state.status === "error" ? "bg-white text-ember-dark ring-ember" : "bg-pine-light text-pine ring-pine/30"}`}
        >
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor={`${id}-title`} className="font-semibold">
          Title
        </label>
        <p id={`${id}-title-hint`} className="text-sm text-ink-muted">
          Up to {limits.title.toLocaleString("en-GB")} characters.
        </p>
        <input id={`${id}-title`} name="title" defaultValue={value("title")} key={`title-${state.status}`} className={input} {...described("title", true)} />
        {message("title")}
      </div>
      <div>
        <label htmlFor={`${id}-description`} className="font-semibold">
          Summary, under the title and in search results
        </label>
        <p id={`${id}-description-hint`} className="text-sm text-ink-muted">
          One or two sentences, up to {limits.description.toLocaleString("en-GB")} characters.
        </p>
        <input
          id={`${id}-description`}
          name="description"
          defaultValue={value("description")}
          key={`description-${state.status}`}
          className={input}
          {...described("description", true)}
        />
        {message("description")}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <div>
          <label htmlFor={`${id}-body`} className="font-semibold">
            The page, in Markdown
          </label>
          <p id={`${id}-body-hint`} className="text-sm text-ink-muted">
            Up to {limits.body.toLocaleString("en-GB")} characters. Headings start with ##, lists with -, links are [words](https://…).
          </p>
          <textarea
            id={`${id}-body`}
            name="body"
            rows={22}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            className={`${input} py-3 font-mono text-sm`}
            {...described("body", true)}
          />
          {message("body")}
        </div>
        <section aria-labelledby={`${id}-preview`} className="rounded-2xl bg-white p-5 ring-1 ring-ink/10">
          <h2 id={`${id}-preview`} className="text-sm font-semibold uppercase tracking-wider text-ink-muted">
            Preview
          </h2>
          <div className="prose mt-3 max-w-none prose-headings:font-serif" dangerouslySetInnerHTML={{ __html: preview }} />
        </section>
      </div>
      <div className="border-t border-ink/10 pt-6">
        <button type="submit" disabled={pending} className="btn-primary">
          {pending ? "Saving…" : "Save"}
        </button>
      </div>
    </form>
  );
}
