"use client";

import { editOwnDriveAction, reportOwnCoatsAction } from "@/app/(site)/coat-drives/organiser-actions";
import {
  Field,
  FieldError,
  type FormKit,
  ProblemSummary,
  RateLimitField,
  SelectField,
  SubmitButton,
  useFormKit,
  VersionField,
} from "@/components/forms/form-kit";
import { ImageInput } from "@/components/forms/image-input";
import { editDriveLimits, reportCoatsLimits } from "@/lib/coat-drives/drive-limits";
import { driveKinds } from "@/lib/coat-drives/options";
import type { FormState } from "@/lib/forms/form-state";
import { MAX_IMAGE_MB } from "@/lib/images/image-limits";

// The organiser's two forms, on the form kit (components/forms/form-kit.tsx). Without script the
// action keeps its answer for this page and sends the browser back to the form's heading
// (lib/forms/answer-without-script.ts), where the page passes it in as `answer`: a refused story
// of thousands of characters comes back whole.

/** A save's or a report's thank-you, where focus goes when it arrives with script. */
function Saved({ kit }: { kit: FormKit }) {
  return kit.state.status === "success" && kit.state.message ? (
    <p {...kit.focus} tabIndex={-1} role="status" className="mt-4 font-semibold text-pine">
      {kit.state.message}
    </p>
  ) : null;
}

export function ReportCoatsForm({ token, answer }: { token: string; answer?: FormState }) {
  const [kit, action] = useFormKit(reportOwnCoatsAction, { answer, idPrefix: "report" });
  return (
    <form action={action} noValidate className="mt-5 space-y-4" key={kit.key}>
      <RateLimitField limit={reportCoatsLimits.perConnection} />
      <input type="hidden" name="token" value={token} />
      <ProblemSummary
        kit={kit}
        id="report-problem"
        fields={["coats", "note"]}
        title="There’s a problem with your report"
        failedTitle="Your report wasn’t sent"
      />
      <Field kit={kit} name="coats" label="Coats collected" />
      <Field kit={kit} name="note" label="Where they went (optional)" rows={3} hint="Such as “four bags to the Dover drop-off on Saturday”." />
      <SubmitButton kit={kit} busy="Sending…">
        Report these coats
      </SubmitButton>
      <Saved kit={kit} />
    </form>
  );
}

export function EditOwnDriveForm({
  token,
  answer,
  initial,
  hasPhoto,
}: {
  token: string;
  answer?: FormState;
  initial: Record<string, string>;
  hasPhoto: boolean;
}) {
  // After a save the form shows what was saved (the answer's values), with the new version.
  const [kit, action] = useFormKit(editOwnDriveAction, { answer, initial, idPrefix: "own" });
  const photo = kit.id("photo");
  return (
    <form action={action} noValidate encType="multipart/form-data" className="mt-5 space-y-5" key={kit.key}>
      <RateLimitField limit={editDriveLimits.perConnection} />
      <input type="hidden" name="token" value={token} />
      <VersionField kit={kit} />
      <ProblemSummary
        kit={kit}
        id="own-problem"
        fields={["name", "kind", "goal", "story", "endsOn", "photo", "photoAlt"]}
        title="There’s a problem with your changes"
        failedTitle="Your changes weren’t saved"
      />
      <Field kit={kit} name="name" label="The drive’s name" />
      <SelectField kit={kit} name="kind" label="Who is running it" options={driveKinds.map((k) => ({ value: k.value, label: k.label }))} />
      <Field kit={kit} name="goal" label="Goal, in coats" />
      <Field kit={kit} name="story" label="Your story" rows={8} hint="Plain text, or simple Markdown for bold, lists and links." />
      <Field kit={kit} name="endsOn" label="End date (optional)" type="date" />
      <div>
        <label htmlFor={photo} className="font-semibold">
          {hasPhoto ? "Replace the photo (optional)" : "A photo (optional)"}
        </label>
        <p id={`${photo}-hint`} className="mt-1 text-sm text-ink-soft">
          A JPEG, PNG or WebP of up to {MAX_IMAGE_MB} MB. We remove its location and other hidden details. Please don’t show children’s faces.
        </p>
        <ImageInput kit={kit} problem="photo" noun="photo" id={photo} name="photo" className="mt-2 block" {...kit.aria("photo", `${photo}-hint`)} />
        <FieldError kit={kit} name="photo" />
      </div>
      <Field kit={kit} name="photoAlt" label="Describe the photo" hint="For people who can’t see it, such as “Pupils with bags of coats in the school hall”." />
      <SubmitButton kit={kit} busy="Saving…">
        Save changes
      </SubmitButton>
      <Saved kit={kit} />
    </form>
  );
}
