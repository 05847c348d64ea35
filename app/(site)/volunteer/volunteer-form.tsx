"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { applyToVolunteerAction } from "@/app/(site)/volunteer/actions";
import { FieldError, SubmitButton, useFormKit } from "@/components/forms/form-kit-core";
import { ProblemSummary } from "@/components/forms/problem-summary";

const legend = "font-serif text-xl font-semibold";

/** The summary's links, in the order the fields appear: [field, control] where the control's id is not `volunteer-<field>`. */
const fields = [
  "name",
  "email",
  "phone",
  ["place", "volunteer-place-CALAIS"],
  ["availableFrom", "volunteer-from"],
  ["availableTo", "volunteer-to"],
  ["languages", "volunteer-language-ARABIC"],
  ["otherLanguages", "volunteer-other"],
  ["drivingLicence", "volunteer-licence-yes"],
  ["canDriveVan", "volunteer-van-yes"],
  "note",
  "adult",
] as const;

/**
 * What the page hands the form. Everything that does not depend on the answer is drawn on the
 * server (the slots) or sent as words (the choices and hints): it is in the page's payload, not in
 * this script (docs/performance.md, "The scripts").
 */
export type VolunteerFormProps = {
  /** The hidden fields, drawn on the server: the rate limit's id and the honeypot. */
  top: ReactNode;
  places: readonly { value: string; label: string; summary: string }[];
  languages: readonly { value: string; label: string }[];
  hints: { phone: string; dates: string; languages: string; van: string; note: string };
  /** Under the thank-you's message: what happens next, drawn on the server. */
  next: ReactNode;
  /** Under the button: the privacy note, drawn on the server. */
  footer: ReactNode;
};

/**
 * The application form, on the form kit (components/forms/form-kit.tsx). The page has no
 * per-request data, so a post without script gets React's own answer in the HTML, at the
 * permalink (docs/architecture.md, "Forms, and what a post without script gets back"). Everything typed,
 * ticked and chosen is kept when something needs correcting; "another language" and the van
 * question open through CSS alone.
 */
export function VolunteerForm({ top, places, languages, hints, next, footer }: VolunteerFormProps) {
  // The permalink brings a no-JavaScript reload back down to the form rather than the page's top.
  const [kit, action] = useFormKit(applyToVolunteerAction, { permalink: "/volunteer#apply", idPrefix: "volunteer" });
  const { state } = kit;

  if (state.status === "success") {
    return (
      <div {...kit.focus} tabIndex={-1} role="status" className="rounded-3xl bg-pine-light p-6 sm:p-8">
        <h3 className="text-2xl font-semibold text-pine">Thank you: your application is with us</h3>
        <p className="mt-3">{state.message}</p>
        {next}
      </div>
    );
  }

  const v = kit.value;
  const spoken = new Set(v("languages").split(",").filter(Boolean));
  const { describe, aria } = kit;
  const hint = (id: string, text: string) => (
    <p id={`volunteer-${id}-hint`} className="mt-1 text-ink-soft">
      {text}
    </p>
  );
  /**
   * A labelled text box with its problem: `id` when the control's is not `volunteer-<name>`,
   * `describedBy` for a hint, `after` between the box and its problem.
   */
  const box = (
    name: string,
    label: string,
    { id = name, describedBy, ...attributes }: { id?: string; describedBy?: string } & InputHTMLAttributes<HTMLInputElement> = {},
    after?: ReactNode,
  ) => (
    <div>
      <label htmlFor={`volunteer-${id}`} className="font-semibold">
        {label}
      </label>
      <input id={`volunteer-${id}`} name={name} defaultValue={v(name)} className="mt-1 text-box" {...attributes} {...aria(name, describedBy)} />
      {after}
      <FieldError kit={kit} name={name} />
    </div>
  );
  /** A "Do you…?" question: yes or no, as radio buttons `volunteer-<id>-yes`, `-no`. */
  const yesNo = (name: string, id: string) => (
    <div className="mt-2 flex flex-wrap gap-3">
      {(["yes", "no"] as const).map((answer) => (
        <label key={answer} className="choice-card min-w-32 py-3">
          <input
            id={`volunteer-${id}-${answer}`}
            type="radio"
            name={name}
            value={answer}
            defaultChecked={v(name) === answer}
            className="h-5 w-5 shrink-0 accent-ember"
          />
          {answer === "yes" ? "Yes" : "No"}
        </label>
      ))}
    </div>
  );

  return (
    <form action={action} noValidate className="space-y-10" key={kit.key}>
      {top}

      <ProblemSummary
        kit={kit}
        id="volunteer-problem"
        fields={fields}
        title="There’s a problem with your application"
        failedTitle="Your application wasn’t sent"
      />

      <fieldset className="space-y-5">
        <legend className={legend}>About you</legend>
        {box("name", "Your name", { autoComplete: "name" })}
        <div className="grid gap-5 sm:grid-cols-2">
          {box("email", "Email address", { type: "email", autoComplete: "email", spellCheck: false })}
          {box("phone", "Phone number (optional)", { type: "tel", autoComplete: "tel", describedBy: "volunteer-phone-hint" }, hint("phone", hints.phone))}
        </div>
      </fieldset>

      <fieldset {...describe("place")}>
        <legend className={legend}>Where would you like to help?</legend>
        <div className="mt-4 grid gap-3 sm:grid-cols-2">
          {places.map((place) => (
            <label key={place.value} className="choice-card">
              <input
                id={`volunteer-place-${place.value}`}
                type="radio"
                name="place"
                value={place.value}
                defaultChecked={v("place") === place.value}
                className="tick"
              />
              <span>
                <span className="block font-semibold">{place.label}</span>
                <span className="text-ink-soft">{place.summary}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError kit={kit} name="place" />
      </fieldset>

      <fieldset>
        <legend className={legend}>When could you come?</legend>
        {hint("dates", hints.dates)}
        <div className="mt-4 grid gap-5 sm:grid-cols-2">
          {box("availableFrom", "First day you could start", { id: "from", type: "date", describedBy: "volunteer-dates-hint" })}
          {box("availableTo", "Last day you could help", { id: "to", type: "date", describedBy: "volunteer-dates-hint" })}
        </div>
      </fieldset>

      <fieldset className="group" {...describe("languages", "volunteer-languages-hint")}>
        <legend className={legend}>Which of these languages do you speak?</legend>
        {hint("languages", hints.languages)}
        <div className="mt-4 grid gap-3 sm:grid-cols-3">
          {languages.map((language) => (
            <label key={language.value} className="flex min-h-11 items-center gap-3">
              <input
                id={`volunteer-language-${language.value}`}
                type="checkbox"
                name="languages"
                value={language.value}
                defaultChecked={spoken.has(language.value)}
                className="h-5 w-5 shrink-0 accent-ember"
              />
              {language.label}
            </label>
          ))}
        </div>
        <FieldError kit={kit} name="languages" />
        <div className="mt-4 hidden max-w-md group-has-[#volunteer-language-OTHER:checked]:block">
          {box("otherLanguages", "Which other languages?", { id: "other" })}
        </div>
      </fieldset>

      <fieldset className="group space-y-6">
        <legend className={legend}>Driving</legend>
        <fieldset {...describe("drivingLicence")}>
          <legend className="font-semibold">Do you have a full driving licence?</legend>
          {yesNo("drivingLicence", "licence")}
          <FieldError kit={kit} name="drivingLicence" />
        </fieldset>
        <fieldset className="hidden group-has-[#volunteer-licence-yes:checked]:block" {...describe("canDriveVan", "volunteer-van-hint")}>
          <legend className="font-semibold">Could you drive a van?</legend>
          {hint("van", hints.van)}
          {yesNo("canDriveVan", "van")}
          <FieldError kit={kit} name="canDriveVan" />
        </fieldset>
      </fieldset>

      <div>
        <label htmlFor="volunteer-note" className={legend}>
          Anything else we should know? (optional)
        </label>
        {hint("note", hints.note)}
        <textarea id="volunteer-note" name="note" rows={5} defaultValue={v("note")} className="mt-1 text-box py-3" {...aria("note", "volunteer-note-hint")} />
        <FieldError kit={kit} name="note" />
      </div>

      <div>
        <label className="flex items-start gap-3 font-semibold">
          <input id="volunteer-adult" type="checkbox" name="adult" defaultChecked={kit.checked("adult")} className="tick" {...aria("adult")} />
          <span>I confirm I am 18 or over</span>
        </label>
        <FieldError kit={kit} name="adult" />
      </div>

      <div>
        <SubmitButton kit={kit} busy="Sending your application…" className="btn-primary text-lg">
          Send my application
        </SubmitButton>
        {footer}
      </div>
    </form>
  );
}
