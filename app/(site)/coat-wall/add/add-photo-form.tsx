"use client";

import { SiteLink } from "@/components/site-link";
import { addCoatPhotoAction } from "@/app/(site)/coat-wall/actions";
import { FieldError, HoneypotField, ProblemSummary, RateLimitField, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import { ImageInput } from "@/components/forms/image-input";
import { MAX_IMAGE_MB } from "@/lib/images/image-limits";
import { coatWallLimits, FIRST_NAME_MAX, MESSAGE_MAX, TOWN_MAX } from "@/lib/coat-wall/photo-limits";

const input = "mt-1 min-h-11 w-full rounded-xl border-2 bg-white px-4 text-ink";
const hint = "mt-1 text-ink-soft";
const choice = "flex min-h-11 cursor-pointer items-start gap-3 rounded-2xl border-2 border-ink/15 bg-white p-4 has-[:checked]:border-ember";
const control = "mt-1 h-5 w-5 shrink-0 accent-ember";

/** The summary's links, in the order the fields appear: [field, control id]. */
const fields = [
  ["photoBytes", "wall-photo"],
  ["firstName", "wall-name"],
  ["town", "wall-town"],
  ["donationPointId", "wall-point"],
  ["message", "wall-message"],
  ["email", "wall-email"],
  ["consentPublish", "wall-consent-publish"],
  ["consentPictured", "wall-consent-pictured"],
] as const;

/**
 * The upload form, on the form kit (components/forms/form-kit.tsx). The page has no per-request
 * data, so a post without script gets React's own answer in the HTML (docs/architecture.md, "Forms,
 * and what a post without script gets back"); with script the answer appears in place. Everything
 * typed and ticked is kept when something needs correcting (a browser cannot refill a file field,
 * so the answer says so). On a phone, the file field opens the camera.
 */
export function AddPhotoForm({ points }: { points: { id: string; name: string }[] }) {
  const [kit, action] = useFormKit(addCoatPhotoAction, { permalink: "/coat-wall/add", idPrefix: "wall" });
  const { state } = kit;

  if (state.status === "success") {
    return (
      <div {...kit.focus} tabIndex={-1} role="status" className="rounded-3xl bg-pine-light p-6 sm:p-8">
        <h2 className="text-2xl font-semibold text-pine">Nearly there: check your email</h2>
        <p className="mt-3">{state.message}</p>
        <p className="mt-3">
          The email also has a private link to delete your photo whenever you like. Didn’t get it? Look in your spam folder; it comes from us within a few
          minutes.
        </p>
        <p className="mt-6">
          Meanwhile, see <SiteLink href="/coat-wall">everyone’s photos</SiteLink> or <SiteLink href="/donation-points">find a drop-off point</SiteLink>.
        </p>
      </div>
    );
  }

  const v = kit.value;
  const { aria } = kit;
  const border = (field: string) => (kit.error(field) ? "border-ember" : "border-ink/25");

  return (
    <form action={action} noValidate className="space-y-8" key={kit.key}>
      <RateLimitField limit={coatWallLimits.perConnection} />
      <HoneypotField id="wall-website" />

      <ProblemSummary kit={kit} id="wall-problem" fields={fields} title="There’s a problem with your photo" failedTitle="Your photo wasn’t sent" />

      <div>
        <label htmlFor="wall-photo" className="font-semibold">
          Your photo
        </label>
        <p id="wall-photo-hint" className={hint}>
          You holding up the coat you’re giving. A JPEG, PNG or WebP photo of up to {MAX_IMAGE_MB} MB; on a phone this opens the camera. Please keep other
          people’s faces out unless they’re happy to be on the wall, and never photograph the people we support.
        </p>
        {/* A photo known to be too large is said beside its field at once, and not sent (the button waits). */}
        <ImageInput
          kit={kit}
          problem="photoBytes"
          noun="photo"
          id="wall-photo"
          name="photo"
          accept="image/*"
          capture="user"
          className={`${input} ${border("photoBytes")} py-2`}
          {...aria("photoBytes", "wall-photo-hint")}
        />
        <FieldError kit={kit} name="photoBytes" />
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
          <FieldError kit={kit} name="firstName" />
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
          <FieldError kit={kit} name="town" />
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
        <FieldError kit={kit} name="donationPointId" />
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
        <FieldError kit={kit} name="message" />
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
        <FieldError kit={kit} name="email" />
      </div>

      <fieldset className="space-y-3">
        <legend className="font-serif text-xl font-semibold">Your permission</legend>
        <div>
          <label className={choice}>
            <input
              id="wall-consent-publish"
              type="checkbox"
              name="consentPublish"
              defaultChecked={kit.checked("consentPublish")}
              className={control}
              {...aria("consentPublish")}
            />
            <span>You may put this photo, my first name and the words above on the coat wall, for anyone to see and share.</span>
          </label>
          <FieldError kit={kit} name="consentPublish" />
        </div>
        <div>
          <label className={choice}>
            <input
              id="wall-consent-pictured"
              type="checkbox"
              name="consentPictured"
              defaultChecked={kit.checked("consentPictured")}
              className={control}
              {...aria("consentPictured")}
            />
            <span>Everyone in the photo has agreed to be on the wall (and for anyone under 16, a parent or carer has).</span>
          </label>
          <FieldError kit={kit} name="consentPictured" />
        </div>
      </fieldset>

      <SubmitButton kit={kit} busy="Sending your photo…" disabled={!!kit.found.photoBytes}>
        Send my photo
      </SubmitButton>
    </form>
  );
}
