"use client";

import { saveVideoAction } from "@/app/admin/appeal/actions";
import { Field, FormMessage, useFormKit, VersionField } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";

/** `answer`: a post without script's, kept for the page (lib/forms/kept-answers.ts). */
export function VideoForm({ initial, answer }: { initial: Record<string, string>; answer?: FormState }) {
  const [kit, action] = useFormKit(saveVideoAction, { initial, answer });
  return (
    <form action={action} noValidate className="max-w-2xl space-y-6 rounded-3xl bg-white p-5 ring-1 ring-ink/10 sm:p-6">
      <VersionField kit={kit} />
      <FormMessage kit={kit} />
      <Field kit={kit} name="videoTitle" label="Title" hint="Shown on the play button: “Play: …”." />
      <Field
        kit={kit}
        name="videoUrl"
        label="YouTube link"
        type="url"
        inputMode="url"
        hint="Paste the link from YouTube’s Share button. Leave it empty to show no video. It is stored as a privacy-enhanced link: nothing loads from YouTube until a visitor presses play."
      />
      <button type="submit" disabled={kit.pending} className="btn-primary">
        {kit.pending ? "Saving…" : "Save the video"}
      </button>
    </form>
  );
}
