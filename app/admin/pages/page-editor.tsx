"use client";

import { useEffect, useState, useTransition } from "react";
import { EditorMessage } from "@/app/admin/editor-message";
import { previewPageAction, savePageAction } from "@/app/admin/pages/actions";
import { Field, SubmitButton, useFormKit, VersionField } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";
import { formatCount } from "@/lib/format/money";

export type EditableSitePage = { slug: string; version: number; title: string; description: string; body: string };

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
  const { slug, ...fields } = page;
  const [kit, action] = useFormKit(savePageAction, { answer: kept, initial: { ...fields, version: String(fields.version) } });
  const [body, setBody] = useState(() => kit.value("body"));
  const [preview, setPreview] = useState(initialPreview);
  const [, startPreview] = useTransition();
  const upTo = (limit: number) => `Up to ${formatCount(limit)} characters.`;

  useEffect(() => {
    const timer = setTimeout(() => startPreview(async () => setPreview(await previewPageAction(body))), 300);
    return () => clearTimeout(timer);
  }, [body]);

  return (
    <form
      action={action}
      key={kit.key}
      onChange={(e) => {
        if (e.target instanceof HTMLTextAreaElement && e.target.name === "body") setBody(e.target.value);
      }}
      noValidate
      className="space-y-6"
    >
      <input type="hidden" name="slug" value={slug} />
      <VersionField kit={kit} />
      <EditorMessage kit={kit} />
      <Field kit={kit} name="title" label="Title" hint={upTo(limits.title)} />
      <Field
        kit={kit}
        name="description"
        label="Summary, under the title and in search results"
        hint={`One or two sentences, up to ${formatCount(limits.description)} characters.`}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Field
          kit={kit}
          name="body"
          label="The page, in Markdown"
          rows={22}
          inputClassName="font-mono text-sm"
          hint={`${upTo(limits.body)} Headings start with ##, lists with -, links are [words](https://…).`}
        />
        <section aria-labelledby={kit.id("preview")} className="rounded-2xl bg-white p-5 ring-1 ring-ink/10">
          <h2 id={kit.id("preview")} className="text-sm font-semibold uppercase tracking-wider text-ink-muted">
            Preview
          </h2>
          <div className="prose mt-3 max-w-none prose-headings:font-serif" dangerouslySetInnerHTML={{ __html: preview }} />
        </section>
      </div>
      <div className="border-t border-ink/10 pt-6">
        <SubmitButton kit={kit} busy="Saving…">
          Save
        </SubmitButton>
      </div>
    </form>
  );
}
