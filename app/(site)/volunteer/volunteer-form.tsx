"use client";

import { SiteLink } from "@/components/site-link";
import { applyToVolunteerAction } from "@/app/(site)/volunteer/actions";
import { FieldError, HoneypotField, ProblemSummary, RateLimitField, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import { volunteerLanguages, volunteerPlaces } from "@/lib/volunteers/options";
import { MAX_NOTE_LENGTH, volunteerLimits } from "@/lib/volunteers/application-limits";
import { formatCount } from "@/lib/format/money";

const input = "mt-1 min-h-11 w-full rounded-xl border-2 bg-white px-4 text-ink";
const choice =
  "flex min-h-11 cursor-pointer items-start gap-3 rounded-2xl border-2 border-ink/15 bg-white p-4 has-[:checked]:border-ember has-[:checked]:bg-ember-light/40";
const control = "mt-1 h-5 w-5 shrink-0 accent-ember";
const legend = "font-serif text-xl font-semibold";
const hint = "mt-1 text-ink-soft";

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
 * The application form, on the form kit (components/forms/form-kit.tsx). The page has no
 * per-request data, so a post without script gets React's own answer in the HTML, at the
 * permalink (docs/architecture.md, "Forms, and what a post without script gets back"). Everything typed,
 * ticked and chosen is kept when something needs correcting; "another language" and the van
 * question open through CSS alone.
 */
export function VolunteerForm() {
  // The permalink brings a no-JavaScript reload back down to the form rather than the page's top.
  const [kit, action] = useFormKit(applyToVolunteerAction, { permalink: "/volunteer#apply", idPrefix: "volunteer" });
  const { state } = kit;

  if (state.status === "success") {
    return (
      <div {...kit.focus} tabIndex={-1} role="status" className="rounded-3xl bg-pine-light p-6 sm:p-8">
        <h3 className="text-2xl font-semibold text-pine">Thank you: your application is with us</h3>
        <p className="mt-3">{state.message}</p>
        <h4 className="mt-6 font-serif text-lg font-semibold">What happens next</h4>
        <ol className="mt-2 list-decimal space-y-2 pl-5">
          <li>
            A volunteer coordinator reads your application and gets in touch within a week, usually sooner, to talk through dates and the work you’d like to do.
          </li>
          <li>Please don’t book travel until we’ve confirmed your dates with you.</li>
          <li>
            Before your first day we send a short briefing: where to meet, what to bring and our safeguarding guidance. Your first day starts with an induction.
          </li>
        </ol>
        <p className="mt-6">
          Meanwhile, you could <SiteLink href="/donation-points">hand in a coat</SiteLink> or read{" "}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- query-string list addresses need a full load (components/pagination.tsx) */}
          <a href="/news?category=volunteer-stories">volunteers’ stories</a>.
        </p>
      </div>
    );
  }

  const v = kit.value;
  const languages = new Set(v("languages").split(",").filter(Boolean));
  const err = kit.error;
  const { describe, aria } = kit;
  const border = (field: string) => (err(field) ? "border-ember" : "border-ink/25");

  return (
    <form action={action} noValidate className="space-y-10" key={kit.key}>
      <RateLimitField limit={volunteerLimits.perConnection} />
      <HoneypotField id="volunteer-website" />

      <ProblemSummary
        kit={kit}
        id="volunteer-problem"
        fields={fields}
        title="There’s a problem with your application"
        failedTitle="Your application wasn’t sent"
      />

      <fieldset className="space-y-5">
        <legend className={legend}>About you</legend>
        <div>
          <label htmlFor="volunteer-name" className="font-semibold">
            Your name
          </label>
          <input id="volunteer-name" name="name" autoComplete="name" defaultValue={v("name")} className={`${input} ${border("name")}`} {...aria("name")} />
          <FieldError kit={kit} name="name" />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <div>
            <label htmlFor="volunteer-email" className="font-semibold">
              Email address
            </label>
            <input
              id="volunteer-email"
              name="email"
              type="email"
              autoComplete="email"
              spellCheck={false}
              defaultValue={v("email")}
              className={`${input} ${border("email")}`}
              {...aria("email")}
            />
            <FieldError kit={kit} name="email" />
          </div>
          <div>
            <label htmlFor="volunteer-phone" className="font-semibold">
              Phone number (optional)
            </label>
            <input
              id="volunteer-phone"
              name="phone"
              type="tel"
              autoComplete="tel"
              defaultValue={v("phone")}
              className={`${input} ${border("phone")}`}
              {...aria("phone", "volunteer-phone-hint")}
            />
            <p id="volunteer-phone-hint" className={hint}>
              UK or international. We only call to arrange your volunteering.
            </p>
            <FieldError kit={kit} name="phone" />
          </div>
        </div>
      </fieldset>

      <fieldset {...describe("place")}>
        <legend className={legend}>Where would you like to help?</legend>
        <div className="mt-4 grid gap-3 sm:grid-cols-2">
          {volunteerPlaces.map((place) => (
            <label key={place.value} className={choice}>
              <input
                id={`volunteer-place-${place.value}`}
                type="radio"
                name="place"
                value={place.value}
                defaultChecked={v("place") === place.value}
                className={control}
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
        <p id="volunteer-dates-hint" className={hint}>
          If your dates aren’t fixed yet, give us your best guess: we’ll agree them with you. In France and Belgium, please offer at least two days in a row.
        </p>
        <div className="mt-4 grid gap-5 sm:grid-cols-2">
          <div>
            <label htmlFor="volunteer-from" className="font-semibold">
              First day you could start
            </label>
            <input
              id="volunteer-from"
              name="availableFrom"
              type="date"
              defaultValue={v("availableFrom")}
              className={`${input} ${border("availableFrom")}`}
              {...aria("availableFrom", "volunteer-dates-hint")}
            />
            <FieldError kit={kit} name="availableFrom" />
          </div>
          <div>
            <label htmlFor="volunteer-to" className="font-semibold">
              Last day you could help
            </label>
            <input
              id="volunteer-to"
              name="availableTo"
              type="date"
              defaultValue={v("availableTo")}
              className={`${input} ${border("availableTo")}`}
              {...aria("availableTo", "volunteer-dates-hint")}
            />
            <FieldError kit={kit} name="availableTo" />
          </div>
        </div>
      </fieldset>

      <fieldset className="group" {...describe("languages", "volunteer-languages-hint")}>
        <legend className={legend}>Which of these languages do you speak?</legend>
        <p id="volunteer-languages-hint" className={hint}>
          You don’t need any to volunteer, but a shared language helps more than almost anything. Tick all you could hold a conversation in.
        </p>
        <div className="mt-4 grid gap-3 sm:grid-cols-3">
          {volunteerLanguages.map((language) => (
            <label key={language.value} className="flex min-h-11 items-center gap-3">
              <input
                id={`volunteer-language-${language.value}`}
                type="checkbox"
                name="languages"
                value={language.value}
                defaultChecked={languages.has(language.value)}
                className="h-5 w-5 shrink-0 accent-ember"
              />
              {language.label}
            </label>
          ))}
        </div>
        <FieldError kit={kit} name="languages" />
        <div className="mt-4 hidden max-w-md group-has-[#volunteer-language-OTHER:checked]:block">
          <label htmlFor="volunteer-other" className="font-semibold">
            Which other languages?
          </label>
          <input
            id="volunteer-other"
            name="otherLanguages"
            defaultValue={v("otherLanguages")}
            className={`${input} ${border("otherLanguages")}`}
            {...aria("otherLanguages")}
          />
          <FieldError kit={kit} name="otherLanguages" />
        </div>
      </fieldset>

      <fieldset className="group space-y-6">
        <legend className={legend}>Driving</legend>
        <fieldset {...describe("drivingLicence")}>
          <legend className="font-semibold">Do you have a full driving licence?</legend>
          <div className="mt-2 flex flex-wrap gap-3">
            {(["yes", "no"] as const).map((answer) => (
              <label key={answer} className={`${choice} min-w-32 items-center py-3`}>
                <input
                  id={`volunteer-licence-${answer}`}
                  type="radio"
                  name="drivingLicence"
                  value={answer}
                  defaultChecked={v("drivingLicence") === answer}
                  className="h-5 w-5 shrink-0 accent-ember"
                />
                {answer === "yes" ? "Yes" : "No"}
              </label>
            ))}
          </div>
          <FieldError kit={kit} name="drivingLicence" />
        </fieldset>
        <fieldset className="hidden group-has-[#volunteer-licence-yes:checked]:block" {...describe("canDriveVan", "volunteer-van-hint")}>
          <legend className="font-semibold">Could you drive a van?</legend>
          <p id="volunteer-van-hint" className={hint}>
            A standard UK car licence (category B) covers vans up to 3.5 tonnes. In France and Belgium you’d be driving on the right.
          </p>
          <div className="mt-2 flex flex-wrap gap-3">
            {(["yes", "no"] as const).map((answer) => (
              <label key={answer} className={`${choice} min-w-32 items-center py-3`}>
                <input
                  id={`volunteer-van-${answer}`}
                  type="radio"
                  name="canDriveVan"
                  value={answer}
                  defaultChecked={v("canDriveVan") === answer}
                  className="h-5 w-5 shrink-0 accent-ember"
                />
                {answer === "yes" ? "Yes" : "No"}
              </label>
            ))}
          </div>
          <FieldError kit={kit} name="canDriveVan" />
        </fieldset>
      </fieldset>

      <div>
        <label htmlFor="volunteer-note" className={legend}>
          Anything else we should know? (optional)
        </label>
        <p id="volunteer-note-hint" className={hint}>
          Useful skills (first aid, medicine, legal advice, cutting hair), how you heard about us, or anything that would help us plan your time with us. Up to{" "}
          {formatCount(MAX_NOTE_LENGTH)} characters.
        </p>
        <textarea
          id="volunteer-note"
          name="note"
          rows={5}
          defaultValue={v("note")}
          className={`${input} py-3 ${border("note")}`}
          {...aria("note", "volunteer-note-hint")}
        />
        <FieldError kit={kit} name="note" />
      </div>

      <div>
        <label className="flex items-start gap-3 font-semibold">
          <input id="volunteer-adult" type="checkbox" name="adult" defaultChecked={kit.checked("adult")} className={control} {...aria("adult")} />
          <span>I confirm I am 18 or over</span>
        </label>
        <FieldError kit={kit} name="adult" />
      </div>

      <div>
        <SubmitButton kit={kit} busy="Sending your application…" className="btn-primary text-lg">
          Send my application
        </SubmitButton>
        <p className="mt-3 text-sm text-ink-soft">
          We use these details only to arrange your volunteering, and never share them. Our <SiteLink href="/privacy">privacy notice</SiteLink> explains what we
          keep and for how long.
        </p>
      </div>
    </form>
  );
}
