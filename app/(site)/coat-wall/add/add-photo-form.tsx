"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { addCoatPhotoAction } from "@/app/(site)/coat-wall/actions";
import { HoneypotField } from "@/components/forms/honeypot-field";
import { RateLimitField } from "@/components/forms/rate-limit-field";
import { idleState } from "@/lib/forms/form-state";
import { MAX_IMAGE_BYTES } from "@/lib/images/image-limits";
import { coatWallLimits, FIRST_NAME_MAX, MESSAGE_MAX, TOWN_MAX } from "@/lib/coat-wall/photo-limits";

const MAX_MB = MAX_IMAGE_BYTES / (1024 * 1024);
const input = "mt-1 min-h-11 w-full rounded-xl border-2 bg-white px-4 text-ink";
const hint = "mt-1 text-ink-soft";
const choice = "flex min-h-11 cursor-pointer items-start gap-3 rounded-2xl border-2 border-ink/15 bg-white p-4 has-[:checked]:border-ember";
const control = "mt-1 h-5 w-5 shrink-0 accent-ember";

/** Where each field's error links to in the summary, in the order the fields appear. */
const anchors: [field: string, id: string][] = [
  ["photoBytes", "wall-photo"],
  ["firstName", "wall-name"],
  ["town", "wall-town"],
  ["donationPointId", "wall-point"],
  ["message", "wall-message"],
  ["email", "wall-email"],
  ["consentPublish", "wall-consent-publish"],
  ["consentPictured", "wall-consent-pictured"],
];

function FieldError({ field, message }: { field: string; message?: string }) {
  return message ? (
    <p id={`wall-${field}-error`} className="mt-1 font-semibold text-ember-dark">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  ) : null;
}

/**
 * The upload form. A plain form posting to a server action: without JavaScript the page reloads
 * with the answer; with it, the answer appears in place. Everything typed and ticked is kept when
 * something needs correcting (a browser cannot refill a file field, so the answer says so). On a
 * phone, the file field opens the camera.
 */
export function AddPhotoForm({ points }: { points: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(addCoatPhotoAction, idleState, "/coat-wall/add");
  const [tooLarge, setTooLarge] = useState(false);
  const announce = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle") announce.current?.focus();
  }, [state]);

  if (state.status === "success") {
    return (
      <div ref={announce} tabIndex={-1} role="status" className="rounded-3xl bg-pine-light p-6 sm:p-8">
        <h2 className="text-2xl font-semibold text-pine">Nearly there: check your email</h2>
        <p className="mt-3">{state.message}</p>
        <p className="mt-3">
          The email also has a private link to delete your photo whenever you like. Didn’t get it? Look in your spam folder; it comes from us within a few
          minutes.
        </p>
        <p className="mt-6">
          Meanwhile, see <Link href="/coat-wall">everyone’s photos</Link> or <Link href="/donation-points">find a drop-off point</Link>.
        </p>
      </div>
    );
  }

  const v = (name: string) => state.values?.[name] ?? "";
  const err = (name: string) =>
    name === "photoBytes" && tooLarge ? `That photo is larger than ${MAX_MB} MB. Please choose a smaller one.` : state.fieldErrors?.[name];
  const errors = anchors.filter(([field]) => state.fieldErrors?.[field]);
  const describe = (field: string, hintId?: string) => {
    const ids = [hintId, err(field) ? `wall-${field}-error` : undefined].filter(Boolean).join(" ");
    return ids ? { "aria-describedby": ids } : {};
  };
  const aria = (field: string, hintId?: string) => ({ ...describe(field, hintId), ...(err(field) ? { "aria-invalid": true as const } : {}) });
  const border = (field: string) => (err(field) ? "border-ember" : "border-ink/25");

  return (
    <form action={action} noValidate className="space-y-8" key={JSON.stringify(state.values ?? {})}>
      <RateLimitField limit={coatWallLimits.perConnection} />
      <HoneypotField id="wall-website" />

      {state.status === "error" ? (
        <div ref={announce} tabIndex={-1} role="alert" aria-labelledby="wall-problem" className="rounded-2xl border-2 border-ember bg-white p-5">
          <h2 id="wall-problem" className="font-sans text-lg font-semibold text-ember-dark">
            {errors.length ? "There’s a problem with your photo" : "Your photo wasn’t sent"}
          </h2>
          {errors.length ? (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {errors.map(([field, id]) => (
                <li key={field}>
                  <a href={`#${id}`} className="text-ember-dark">
                    {state.fieldErrors?.[field]}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{state.message}</p>
          )}
        </div>
      ) : null}

      <div>
        <label htmlFor="wall-photo" className="font-semibold">
          Your photo
        </label>
        <p id="wall-photo-hint" className={hint}>
          You holding up the coat you’re giving. A JPEG, PNG or WebP photo of up to {MAX_MB} MB; on a phone this opens the camera. Please keep other people’s
          faces out unless they’re happy to be on the wall, and never photograph the people we support.
        </p>
        <input
          id="wall-photo"
          name="photo"
          type="file"
          accept="image/*"
          capture="user"
          className={`${input} ${border("photoBytes")} py-2`}
          onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > MAX_MB * 1024 * 1024)}
          {...aria("photoBytes", "wall-photo-hint")}
        />
        <FieldError field="photoBytes" message={err("photoBytes")} />
      </div>

      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          <label htmlFor="wall-name" className="font-semibold">
            First name or nickname
          </label>
          <input
            id="wall-name"
            name="firstName"
            autoComplete="given-name"
            maxLength={FIRST_NAME_MAX * 2}
            defaultValue={v("firstName")}
            className={`${input} ${border("firstName")}`}
            {...aria("firstName", "wall-name-hint")}
          />
          <p id="wall-name-hint" className={hint}>
            Shown under your photo.
          </p>
          <FieldError field="firstName" message={err("firstName")} />
        </div>
        <div>
          <label htmlFor="wall-town" className="font-semibold">
            Town (optional)
          </label>
          <input
            id="wall-town"
            name="town"
            autoComplete="address-level2"
            maxLength={TOWN_MAX * 2}
            defaultValue={v("town")}
            className={`${input} ${border("town")}`}
            {...aria("town")}
          />
          <FieldError field="town" message={err("town")} />
        </div>
      </div>

      <div>
        <label htmlFor="wall-point" className="font-semibold">
          Where you’re giving it (optional)
        </label>
        <select
          id="wall-point"
          name="donationPointId"
          defaultValue={v("donationPointId")}
          className={`${input} ${border("donationPointId")}`}
          {...aria("donationPointId")}
        >
          <option value="">Not saying, or not decided yet</option>
          {points.map((point) => (
            <option key={point.id} value={point.id}>
              {point.name}
            </option>
          ))}
        </select>
        <FieldError field="donationPointId" message={err("donationPointId")} />
      </div>

      <div>
        <label htmlFor="wall-message" className="font-semibold">
          A few words (optional)
        </label>
        <textarea
          id="wall-message"
          name="message"
          rows={3}
          defaultValue={v("message")}
          className={`${input} ${border("message")} py-2`}
          {...aria("message", "wall-message-hint")}
        />
        <p id="wall-message-hint" className={hint}>
          Up to {MESSAGE_MAX} characters, shown with your photo and used to describe it for people who can’t see it.
        </p>
        <FieldError field="message" message={err("message")} />
      </div>

      <div>
        <label htmlFor="wall-email" className="font-semibold">
          Email address
        </label>
        <input
          id="wall-email"
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={v("email")}
          className={`${input} ${border("email")}`}
          {...aria("email", "wall-email-hint")}
        />
        <p id="wall-email-hint" className={hint}>
          Never shown. We email you a link to confirm the photo is yours, a private link to delete it whenever you like, and a note when it’s on the wall.
          Nothing else.
        </p>
        <FieldError field="email" message={err("email")} />
      </div>

      <fieldset className="space-y-3">
        <legend className="font-serif text-xl font-semibold">Your permission</legend>
        <div>
          <label className={choice}>
            <input
              id="wall-consent-publish"
              type="checkbox"
              name="consentPublish"
              defaultChecked={v("consentPublish") !== ""}
              className={control}
              {...aria("consentPublish")}
            />
            <span>You may put this photo, my first name and the words above on the coat wall, for anyone to see and share.</span>
          </label>
          <FieldError field="consentPublish" message={err("consentPublish")} />
        </div>
        <div>
          <label className={choice}>
            <input
              id="wall-consent-pictured"
              type="checkbox"
              name="consentPictured"
              defaultChecked={v("consentPictured") !== ""}
              className={control}
              {...aria("consentPictured")}
            />
            <span>Everyone in the photo has agreed to be on the wall (and for anyone under 16, a parent or carer has).</span>
          </label>
          <FieldError field="consentPictured" message={err("consentPictured")} />
        </div>
      </fieldset>

      <button type="submit" disabled={pending || tooLarge} className="btn-primary">
        {pending ? "Sending your photo…" : "Send my photo"}
      </button>
    </form>
  );
}
