"use client";

import { saveWaysAction } from "@/app/admin/appeal/actions";
import { Field, FormMessage, useFormKit, VersionField } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";
import { WAYS_TO_HELP, wayField } from "@/lib/campaign/way-fields";

/** `answer`: a post without script's, kept for the page (lib/forms/kept-answers.ts). */
export function WaysForm({ initial, answer }: { initial: Record<string, string>; answer?: FormState }) {
  const [kit, action] = useFormKit(saveWaysAction, { initial, answer });
  return (
    <form action={action} noValidate className="space-y-6">
      <VersionField kit={kit} />
      <FormMessage kit={kit} />
      <div className="grid gap-6 lg:grid-cols-3">
        {Array.from({ length: WAYS_TO_HELP }, (_, i) => (
          <fieldset key={i} className="space-y-4 rounded-3xl bg-white p-5 ring-1 ring-ink/10">
            <legend className="float-left mb-1 w-full font-serif text-xl font-semibold">Way {i + 1}</legend>
            <Field kit={kit} name={wayField(i, "title")} label="Title" />
            <Field kit={kit} name={wayField(i, "body")} label="Description" rows={4} />
            <Field kit={kit} name={wayField(i, "ctaLabel")} label="Button words" />
            <Field kit={kit} name={wayField(i, "ctaHref")} label="Button leads to" hint="A page of this site, like /donate?gift=coat, or an https:// link." />
          </fieldset>
        ))}
      </div>
      <button type="submit" disabled={kit.pending} className="btn-primary">
        {kit.pending ? "Saving…" : "Save the ways to help"}
      </button>
    </form>
  );
}
