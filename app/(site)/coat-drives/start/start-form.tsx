"use client";

import { startDriveAction } from "@/app/(site)/coat-drives/actions";
import { Field, FieldError, HoneypotField, ProblemSummary, RateLimitField, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import { ImageInput } from "@/components/forms/image-input";
import { GOAL_MAX, GOAL_MIN, NAME_MAX, PHOTO_ALT_MAX, STORY_MAX, startDriveLimits } from "@/lib/coat-drives/drive-limits";
import { driveKinds } from "@/lib/coat-drives/options";
import { MAX_IMAGE_MB } from "@/lib/images/image-limits";
import { formatCount } from "@/lib/format/money";

/** The summary's links, in the order the fields appear (a radio group links to its first radio). */
const fields = ["organiserName", "email", "name", ["kind", "drive-kind-SCHOOL"], "goal", "story", "endsOn", "photo", "photoAlt", "agree"] as const;

/**
 * Starting a coat drive, on the form kit (components/forms/form-kit.tsx). The page has no
 * per-request data, so a post without script gets React's own answer in the HTML, at the form
 * (docs/architecture.md, "Forms, and what a post without script gets back"); with script the
 * answer appears in place. Everything typed is kept when something needs correcting.
 */
export function StartDriveForm() {
  const [kit, action] = useFormKit(startDriveAction, { permalink: "/coat-drives/start#start", idPrefix: "drive" });
  const { state } = kit;

  if (state.status === "success") {
    return (
      <div {...kit.focus} tabIndex={-1} role="status" className="rounded-3xl bg-pine-light p-6 sm:p-8">
        <h2 className="text-2xl font-semibold text-pine">Check your email</h2>
        <p className="mt-3">{state.message}</p>
        <p className="mt-3">The link works for three days. If nothing arrives in a few minutes, look in your spam folder.</p>
      </div>
    );
  }

  return (
    <form action={action} noValidate className="space-y-8" key={kit.key}>
      <RateLimitField limit={startDriveLimits.perConnection} />
      <HoneypotField id="drive-website" />

      <ProblemSummary
        kit={kit}
        id="drive-problem"
        fields={fields}
        title="There’s a problem with your coat drive"
        failedTitle="Your coat drive wasn’t started"
      />

      <fieldset className="space-y-5">
        <legend className="font-serif text-xl font-semibold">About you</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field kit={kit} name="organiserName" label="Your name" autoComplete="name" />
          <Field
            kit={kit}
            name="email"
            label="Email address"
            type="email"
            autoComplete="email"
            hint="We’ll email you a link to confirm it, then a private link to edit your drive. No password needed. We never show it publicly."
          />
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="font-serif text-xl font-semibold">Your drive</legend>
        <Field
          kit={kit}
          name="name"
          label="The drive’s name"
          maxLength={NAME_MAX + 20}
          hint="Such as “St Mary’s Primary coat drive” or “Elm Road keeps warm”. It becomes the page’s address."
        />
        <fieldset {...kit.aria("kind")}>
          <legend className="font-semibold">Who is running it</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {driveKinds.map((k) => (
              <label key={k.value} className="flex min-h-11 items-center gap-3 rounded-2xl border-2 border-ink/15 bg-white px-4">
                <input
                  id={`drive-kind-${k.value}`}
                  type="radio"
                  name="kind"
                  value={k.value}
                  defaultChecked={kit.value("kind") === k.value}
                  className="h-5 w-5 accent-ember"
                />
                {k.label}
              </label>
            ))}
          </div>
          <FieldError kit={kit} name="kind" />
        </fieldset>
        <Field
          kit={kit}
          name="goal"
          label="Goal, in coats"
          inputMode="numeric"
          inputClassName="max-w-40"
          hint={`From ${GOAL_MIN} to ${formatCount(GOAL_MAX)}. Coats bought with gifts through your page and coats you collect both count.`}
        />
        <Field
          kit={kit}
          name="story"
          label="Your story"
          rows={7}
          hint={`Why you’re collecting, and how people can help. Up to ${formatCount(STORY_MAX)} characters; plain text, or simple Markdown for bold, lists and links.`}
        />
        <Field
          kit={kit}
          name="endsOn"
          label="End date (optional)"
          type="date"
          inputClassName="max-w-60"
          hint="The last day it takes gifts. Leave it empty to run until you or we close it."
        />
        <div>
          <label htmlFor={kit.id("photo")} className="font-semibold">
            A photo (optional)
          </label>
          <p id={`${kit.id("photo")}-hint`} className="mt-1 text-sm text-ink-soft">
            A JPEG, PNG or WebP of up to {MAX_IMAGE_MB} MB, shown at the top of your page. We remove its location and other hidden details. Please don’t show
            children’s faces. You can add or change it later from your private link.
          </p>
          <ImageInput
            kit={kit}
            problem="photo"
            noun="photo"
            id={kit.id("photo")}
            name="photo"
            className="mt-1 min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-4 py-2 aria-invalid:border-ember-dark"
            {...kit.aria("photo", `${kit.id("photo")}-hint`)}
          />
          <FieldError kit={kit} name="photo" />
        </div>
        <Field
          kit={kit}
          name="photoAlt"
          label="Describe the photo (needed with a photo)"
          maxLength={PHOTO_ALT_MAX + 20}
          hint="For people who can’t see it, such as “Pupils with bags of coats in the school hall”."
        />
      </fieldset>

      <div>
        <label className="flex items-start gap-3">
          <input
            id={kit.id("agree")}
            type="checkbox"
            name="agree"
            defaultChecked={kit.checked("agree")}
            className="mt-1 h-5 w-5 shrink-0 accent-ember"
            {...kit.aria("agree")}
          />
          <span>I’ll run this drive as described, ask people to give through its page, and only report coats we really collected.</span>
        </label>
        <FieldError kit={kit} name="agree" />
      </div>

      <SubmitButton kit={kit} busy="Starting…">
        Start my coat drive
      </SubmitButton>
    </form>
  );
}
