"use client";

import { useEffect, useState, useTransition } from "react";
import { EditorMessage } from "@/app/admin/editor-message";
import { composeNewsletterAction, previewNewsletterAction } from "@/app/admin/newsletters/actions";
import { EmailPreviewFrame } from "@/components/admin/email-preview-frame";
import { FieldError, useFormKit } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";
import { formatCount } from "@/lib/format/money";
import { newsletterSchema } from "@/lib/newsletter/newsletter-schema";

const input = "mt-1 min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-4";

/**
 * Writing an update: subject and Markdown on the left, the email as readers will get it on the
 * right. "Send to N confirmed subscribers" opens a question with the button that really sends: a
 * <details> disclosure, so asking first works the same with JavaScript switched off.
 * The form's token makes a second submit of the same update harmless.
 *
 * "Send a test to me" keeps the update as a draft first (its id rides along in the form and in the
 * address, ?draft=, so a reload comes back to it). A post without script comes back with its
 * answer kept (`answer`; docs/architecture.md, "Forms, and what a post without script gets
 * back"), everything typed included. An error beside a field goes as soon as the field is put
 * right: the form checks it by the same rules as the server.
 */
export function NewsletterComposer({
  token,
  confirmedCount,
  staffEmail,
  draft = null,
  answer,
}: {
  token: string;
  confirmedCount: number;
  staffEmail: string;
  draft?: { id: string; subject: string; body: string } | null;
  answer?: FormState;
}) {
  const [kit, action] = useFormKit(composeNewsletterAction, {
    answer,
    initial: { token, draft: draft?.id ?? "", subject: draft?.subject ?? "", body: draft?.body ?? "" },
  });
  const { state } = kit;
  // Subject and body drive the preview and the errors' going, so the form holds them as typed.
  const [subject, setSubject] = useState(() => kit.value("subject"));
  const [body, setBody] = useState(() => kit.value("body"));
  const [preview, setPreview] = useState("");
  const [, startPreview] = useTransition();
  const people = `${formatCount(confirmedCount)} ${confirmedCount === 1 ? "person" : "people"}`;
  const draftId = kit.value("draft");
  // A field's error stands until the field meets its rule (the browser then says it is right, and
  // the kit stops showing the server's problem with it); a form-level error (the token) stays.
  const typed = (name: "subject" | "body", value: string, set: (value: string) => void) => {
    set(value);
    kit.setFound(name, newsletterSchema.shape[name].safeParse(value).success ? "" : undefined);
  };
  const fieldErrorsLeft = Object.keys(state.fieldErrors ?? {}).some((name) => kit.error(name));
  // "Please check the highlighted answers" goes with the last of them; other messages stay.
  const shownMessage = state.message && !(state.fieldErrors && Object.keys(state.fieldErrors).length > 0 && !fieldErrorsLeft) ? state.message : null;

  // Once a draft is kept, the address names it: a reload comes back to it.
  useEffect(() => {
    if (!draftId) return;
    const url = new URL(window.location.href);
    if (url.searchParams.get("draft") === draftId) return;
    url.searchParams.set("draft", draftId);
    url.searchParams.delete("answer");
    window.history.replaceState(window.history.state, "", url);
  }, [draftId]);

  const empty = !subject.trim() && !body.trim();
  useEffect(() => {
    if (empty) return;
    const timer = setTimeout(() => startPreview(async () => setPreview(await previewNewsletterAction(subject, body))), 350);
    return () => clearTimeout(timer);
  }, [empty, subject, body]);

  return (
    <form action={action} noValidate className="space-y-6">
      <input type="hidden" name="token" value={kit.value("token", token)} />
      <input type="hidden" name="draft" value={draftId} />
      <EditorMessage kit={kit} text={shownMessage ? [shownMessage, kit.error("token")].filter(Boolean).join(" ") : null} />

      <div className="grid gap-8 lg:grid-cols-2">
        <div className="space-y-6">
          <div>
            <label htmlFor={kit.id("subject")} className="font-semibold">
              Subject
            </label>
            <input
              id={kit.id("subject")}
              name="subject"
              value={subject}
              onChange={(e) => typed("subject", e.target.value, setSubject)}
              autoComplete="off"
              className={input}
              {...kit.aria("subject")}
            />
            <FieldError kit={kit} name="subject" />
          </div>
          <div>
            <label htmlFor={kit.id("body")} className="font-semibold">
              The update, in Markdown
            </label>
            <p id={`${kit.id("body")}-hint`} className="text-sm text-ink-muted">
              **bold**, [a link](https://…), ## a heading, and a line starting with - for a list. A new line stays a new line; leave an empty line between
              paragraphs.
            </p>
            <textarea
              id={kit.id("body")}
              name="body"
              rows={18}
              value={body}
              onChange={(e) => typed("body", e.target.value, setBody)}
              className={`${input} py-3 font-mono text-sm`}
              {...kit.aria("body", `${kit.id("body")}-hint`)}
            />
            <FieldError kit={kit} name="body" />
          </div>
        </div>

        <section aria-labelledby={kit.id("preview")} className="space-y-2">
          <h2 id={kit.id("preview")} className="text-sm font-semibold tracking-wider text-ink-muted uppercase">
            Preview
          </h2>
          {preview && !empty ? (
            <EmailPreviewFrame html={preview} title="Preview of the email" />
          ) : (
            <p className="rounded-2xl bg-white p-5 text-ink-soft ring-1 ring-ink/10">
              The email appears here as you write, exactly as subscribers will get it.
              <noscript> The preview needs JavaScript; send yourself a test to see the email instead.</noscript>
            </p>
          )}
        </section>
      </div>

      <div className="flex flex-wrap items-start gap-x-6 gap-y-4 border-t border-ink/10 pt-6">
        <div>
          <button type="submit" name="intent" value="test" disabled={kit.pending} className="btn-secondary">
            Send a test to me
          </button>
          <p className="mt-1 text-sm text-ink-muted">Only to {staffEmail}, marked [Test]. Your draft is saved first.</p>
        </div>
        {confirmedCount > 0 ? (
          <details className="group max-w-xl">
            <summary className="btn-primary cursor-pointer list-none [&::-webkit-details-marker]:hidden">
              Send to {formatCount(confirmedCount)} confirmed {confirmedCount === 1 ? "subscriber" : "subscribers"}
            </summary>
            <div role="group" aria-labelledby={kit.id("confirm")} className="mt-4 rounded-3xl bg-ember-light p-6 ring-1 ring-ember/40">
              <p id={kit.id("confirm")} className="text-xl font-semibold">
                This sends to {people}. Send now?
              </p>
              <p className="mt-2 text-ink-soft">
                Once it has started it can’t be called back. Each person gets one copy, with their own unsubscribe link. To keep editing, close this.
              </p>
              <button type="submit" name="intent" value="send" disabled={kit.pending} className="btn-primary mt-4">
                Yes, send it now
              </button>
            </div>
          </details>
        ) : (
          <p className="text-ink-soft">Nobody has confirmed their subscription yet, so there is no one to send to.</p>
        )}
      </div>
    </form>
  );
}
