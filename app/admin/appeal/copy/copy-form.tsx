"use client";

import { saveCopyAction } from "@/app/admin/appeal/actions";
import { Field, FormMessage, SubmitButton, useFormKit, VersionField } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";

const markdown = "A blank line starts a new paragraph; **two stars** make words bold.";

function Group({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-5 rounded-3xl bg-white p-5 ring-1 ring-ink/10 sm:p-6">
      <legend className="float-left mb-1 w-full font-serif text-2xl font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** The home page's words, grouped as the page shows them. */
/** `shareMessageMax`: the schema's limit, passed by the page so the form does not load zod. */
export function CopyForm({ initial, answer, shareMessageMax }: { initial: Record<string, string>; answer?: FormState; shareMessageMax: number }) {
  const [kit, action] = useFormKit(saveCopyAction, { initial, answer });
  return (
    <form action={action} noValidate className="space-y-6">
      <VersionField kit={kit} />
      <FormMessage kit={kit} />
      <Group legend="Top of the page">
        <Field kit={kit} name="headline" label="Headline" hint="The largest words on the page, and its title when shared." />
        <Field kit={kit} name="strapline" label="Strapline" rows={3} hint="One or two sentences under the headline." />
        <Field kit={kit} name="hashtag" label="Hashtag, without the #" />
      </Group>
      <Group legend="The situation">
        <Field kit={kit} name="situation" label="Text under the figures" rows={8} hint={markdown} />
      </Group>
      <Group legend="Why people are there">
        <Field kit={kit} name="whyHereTitle" label="Heading" />
        <Field kit={kit} name="whyHere" label="Text" rows={8} hint={markdown} />
      </Group>
      <Group legend="What we do">
        <Field kit={kit} name="whatWeDoTitle" label="Heading" />
        <Field kit={kit} name="whatWeDo" label="Text" rows={8} hint={markdown} />
      </Group>
      <Group legend="The coat campaign">
        <Field kit={kit} name="appealTitle" label="Heading" />
        <Field kit={kit} name="appeal" label="Text" rows={8} hint={markdown} />
        <Field kit={kit} name="beyondGoal" label="If we pass the goal" rows={3} hint="What happens to money raised beyond the goal." />
      </Group>
      <Group legend="Sharing">
        <Field kit={kit} name="photoInvitation" label="Invitation to share a photo" rows={3} />
        <Field
          kit={kit}
          name="shareMessage"
          label="Suggested message to share"
          rows={3}
          hint={`Up to ${shareMessageMax} characters, so it fits a post on any network.`}
        />
      </Group>
      <SubmitButton kit={kit} busy="Saving…">
        Save the words
      </SubmitButton>
    </form>
  );
}
