"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { startDriveAction } from "@/app/(site)/coat-drives/actions";
import { HoneypotField } from "@/components/forms/honeypot-field";
import { RateLimitField } from "@/components/forms/rate-limit-field";
import { GOAL_MAX, GOAL_MIN, NAME_MAX, PHOTO_ALT_MAX, STORY_MAX, startDriveLimits } from "@/lib/coat-drives/drive-limits";
import { driveKinds } from "@/lib/coat-drives/options";
import { idleState } from "@/lib/forms/form-state";
import { MAX_IMAGE_BYTES } from "@/lib/images/image-limits";

const input = "mt-1 min-h-11 w-full rounded-xl border-2 bg-white px-4 text-ink";
const hint = "mt-1 text-ink-soft";

/** Where each field's error links to in the summary, in the order the fields appear. */
const anchors: [field: string, id: string][] = [
  ["organiserName", "drive-organiser"],
  ["email", "drive-email"],
  ["name", "drive-name"],
  ["kind", "drive-kind-SCHOOL"],
  ["goal", "drive-goal"],
  ["story", "drive-story"],
  ["endsOn", "drive-ends"],
  ["photo", "drive-photo"],
  ["photoAlt", "drive-photo-alt"],
  ["agree", "drive-agree"],
];

function FieldError({ field, message }: { field: string; message?: string }) {
  return message ? (
    <p id={`drive-${field}-error`} className="mt-1 font-semibold text-ember-dark">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  ) : null;
}

/**
 * Starting a coat drive. A plain form posting to a server action: without JavaScript the page
 * reloads at the form with the answer; with it, the answer appears in place. Everything typed is
 * kept when something needs correcting.
 */
export function StartDriveForm() {
  const [state, action, pending] = useActionState(startDriveAction, idleState, "/coat-drives/start#start");
  const announce = useRef<HTMLDivElement>(null);
  // A file over the limit is named at once (with script): the server would refuse it anyway.
  const [tooLarge, setTooLarge] = useState(false);
  useEffect(() => {
    if (state.status !== "idle") announce.current?.focus();
  }, [state]);

  if (state.status === "success") {
    return (
      <div ref={announce} tabIndex={-1} role="status" className="rounded-3xl bg-pine-light p-6 sm:p-8">
        <h2 className="text-2xl font-semibold text-pine">Check your email</h2>
        <p className="mt-3">{state.message}</p>
        <p className="mt-3">The link works for three days. If nothing arrives in a few minutes, look in your spam folder.</p>
      </div>
    );
  }

  const v = (name: string) => state.values?.[name] ?? "";
  const err = (name: string) =>
    name === "photo" && tooLarge ? `That photo is larger than ${MAX_IMAGE_BYTES / (1024 * 1024)} MB. Please choose a smaller one.` : state.fieldErrors?.[name];
  const errors = anchors.filter(([field]) => state.fieldErrors?.[field]);
  const aria = (field: string, hintId?: string) => {
    const ids = [hintId, err(field) ? `drive-${field}-error` : undefined].filter(Boolean).join(" ");
    return { ...(ids ? { "aria-describedby": ids } : {}), ...(err(field) ? { "aria-invalid": true as const } : {}) };
  };
  const border = (field: string) => (err(field) ? "border-ember" : "border-ink/25");
  return (
    <form action={action} noValidate className="space-y-8" key={JSON.stringify(state.values ?? {})}>
      <RateLimitField limit={startDriveLimits.perConnection} />
      <HoneypotField id="drive-website" />

      {state.status === "error" ? (
        <div ref={announce} tabIndex={-1} role="alert" aria-labelledby="drive-problem" className="rounded-2xl border-2 border-ember bg-white p-5">
          <h2 id="drive-problem" className="font-sans text-lg font-semibold text-ember-dark">
            {errors.length ? "There’s a problem with your coat drive" : "Your coat drive wasn’t started"}
          </h2>
          {errors.length ? (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {errors.map(([field, id]) => (
                <li key={field}>
                  <a href={`#${id}`} className="text-ember-dark">
                    {err(field)}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{state.message}</p>
          )}
        </div>
      ) : null}

      <fieldset className="space-y-5">
        <legend className="font-serif text-xl font-semibold">About you</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <div>
            <label htmlFor="drive-organiser" className="font-semibold">
              Your name
            </label>
            <input
              id="drive-organiser"
              name="organiserName"
              autoComplete="name"
              defaultValue={v("organiserName")}
              className={`${input} ${border("organiserName")}`}
              {...aria("organiserName")}
            />
            <FieldError field="organiserName" message={err("organiserName")} />
          </div>
          <div>
            <label htmlFor="drive-email" className="font-semibold">
              Email address
            </label>
            <input
              id="drive-email"
              name="email"
              type="email"
              autoComplete="email"
              defaultValue={v("email")}
              className={`${input} ${border("email")}`}
              {...aria("email", "drive-email-hint")}
            />
            <p id="drive-email-hint" className={hint}>
              We’ll email you a link to confirm it, then a private link to edit your drive. No password needed. We never show it publicly.
            </p>
            <FieldError field="email" message={err("email")} />
          </div>
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="font-serif text-xl font-semibold">Your drive</legend>
        <div>
          <label htmlFor="drive-name" className="font-semibold">
            The drive’s name
          </label>
          <input
            id="drive-name"
            name="name"
            maxLength={NAME_MAX + 20}
            defaultValue={v("name")}
            className={`${input} ${border("name")}`}
            {...aria("name", "drive-name-hint")}
          />
          <p id="drive-name-hint" className={hint}>
            Such as “St Mary’s Primary coat drive” or “Elm Road keeps warm”. It becomes the page’s address.
          </p>
          <FieldError field="name" message={err("name")} />
        </div>
        <fieldset {...aria("kind")}>
          <legend className="font-semibold">Who is running it</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {driveKinds.map((k) => (
              <label key={k.value} className="flex min-h-11 items-center gap-3 rounded-2xl border-2 border-ink/15 bg-white px-4">
                <input
                  id={`drive-kind-${k.value}`}
                  type="radio"
                  name="kind"
                  value={k.value}
                  defaultChecked={v("kind") === k.value}
                  className="h-5 w-5 accent-ember"
                />
                {k.label}
              </label>
            ))}
          </div>
          <FieldError field="kind" message={err("kind")} />
        </fieldset>
        <div>
          <label htmlFor="drive-goal" className="font-semibold">
            Goal, in coats
          </label>
          <input
            id="drive-goal"
            name="goal"
            inputMode="numeric"
            defaultValue={v("goal")}
            className={`${input} ${border("goal")} max-w-40`}
            {...aria("goal", "drive-goal-hint")}
          />
          <p id="drive-goal-hint" className={hint}>
            From {GOAL_MIN} to {GOAL_MAX.toLocaleString("en-GB")}. Coats bought with gifts through your page and coats you collect both count.
          </p>
          <FieldError field="goal" message={err("goal")} />
        </div>
        <div>
          <label htmlFor="drive-story" className="font-semibold">
            Your story
          </label>
          <textarea
            id="drive-story"
            name="story"
            rows={7}
            defaultValue={v("story")}
            className={`${input} ${border("story")} py-3`}
            {...aria("story", "drive-story-hint")}
          />
          <p id="drive-story-hint" className={hint}>
            Why you’re collecting, and how people can help. Up to {STORY_MAX.toLocaleString("en-GB")} characters; plain text, or simple Markdown for bold, lists
            and links.
          </p>
          <FieldError field="story" message={err("story")} />
        </div>
        <div>
          <label htmlFor="drive-ends" className="font-semibold">
            End date (optional)
          </label>
          <input
            id="drive-ends"
            name="endsOn"
            type="date"
            defaultValue={v("endsOn")}
            className={`${input} ${border("endsOn")} max-w-60`}
            {...aria("endsOn", "drive-ends-hint")}
          />
          <p id="drive-ends-hint" className={hint}>
            The last day it takes gifts. Leave it empty to run until you or we close it.
          </p>
          <FieldError field="endsOn" message={err("endsOn")} />
        </div>
        <div>
          <label htmlFor="drive-photo" className="font-semibold">
            A photo (optional)
          </label>
          <input
            id="drive-photo"
            name="photo"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            className={`${input} ${border("photo")} py-2`}
            onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > MAX_IMAGE_BYTES)}
            {...aria("photo", "drive-photo-hint")}
          />
          <p id="drive-photo-hint" className={hint}>
            A JPEG, PNG or WebP of up to {MAX_IMAGE_BYTES / (1024 * 1024)} MB, shown at the top of your page. We remove its location and other hidden details.
            Please don’t show children’s faces. You can add or change it later from your private link.
          </p>
          <FieldError field="photo" message={err("photo")} />
        </div>
        <div>
          <label htmlFor="drive-photo-alt" className="font-semibold">
            Describe the photo (needed with a photo)
          </label>
          <input
            id="drive-photo-alt"
            name="photoAlt"
            maxLength={PHOTO_ALT_MAX + 20}
            defaultValue={v("photoAlt")}
            className={`${input} ${border("photoAlt")}`}
            {...aria("photoAlt", "drive-photo-alt-hint")}
          />
          <p id="drive-photo-alt-hint" className={hint}>
            For people who can’t see it, such as “Pupils with bags of coats in the school hall”.
          </p>
          <FieldError field="photoAlt" message={err("photoAlt")} />
        </div>
      </fieldset>

      <div>
        <label className="flex items-start gap-3">
          <input
            id="drive-agree"
            type="checkbox"
            name="agree"
            defaultChecked={v("agree") !== ""}
            className="mt-1 h-5 w-5 shrink-0 accent-ember"
            {...aria("agree")}
          />
          <span>I’ll run this drive as described, ask people to give through its page, and only report coats we really collected.</span>
        </label>
        <FieldError field="agree" message={err("agree")} />
      </div>

      <button type="submit" disabled={pending} className="btn-primary">
        {pending ? "Starting…" : "Start my coat drive"}
      </button>
    </form>
  );
}
