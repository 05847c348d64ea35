"use client";

import { FormRefusal, SubmitButton, useFormKit, type Action } from "@/components/forms/form-kit";
import { SiteLink } from "@/components/site-link";
import type { FormState } from "@/lib/forms/form-state";

/** A heading and a sentence, and where to go next. */
export type Words = { title: string; text: string; link?: { href: string; label: string } };

/** What an answer shows in place of the form; `ok: false` is said as an alert, not a status. */
export type AnswerWords = Words & { ok: boolean };

/**
 * The page an emailed link opens when following it is to change something (confirm a
 * subscription, a photo or a coat drive; delete a photo; stop emails): a heading, a sentence and
 * one button. The change takes the press (a POST), never the opening, so a mail scanner that
 * follows links changes nothing. The action's outcome replaces the form with its own words;
 * a refusal without an outcome (a token too long, a failure on our side) is said above the button.
 *
 * The route's own client module imports its action and hands it in here: an action reaches a
 * form that posts without script only from a client module's import.
 */
export function OnePressForm<Outcome extends string>({
  action,
  fields,
  answer,
  ask,
  answers,
}: {
  action: Action<FormState<Outcome>>;
  /** The hidden fields the press posts: the link's token and whatever else the link carried. */
  fields: Record<string, string>;
  /** The answer a post without script left for this page. */
  answer?: FormState<Outcome>;
  ask: Words & { button: string; busy: string };
  answers: Record<Outcome, AnswerWords>;
}) {
  const [kit, formAction] = useFormKit(action, { answer });
  const outcome = kit.state.outcome;
  if (outcome && Object.hasOwn(answers, outcome)) {
    const { ok, title, text, link } = answers[outcome];
    return (
      <div role={ok ? "status" : "alert"}>
        <Message title={title} text={text} link={link} />
      </div>
    );
  }
  return (
    <form action={formAction}>
      <Message title={ask.title} text={ask.text} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormRefusal kit={kit} />
      <SubmitButton kit={kit} busy={ask.busy} className="btn-primary mt-6">
        {ask.button}
      </SubmitButton>
    </form>
  );
}

function Message({ title, text, link }: Words) {
  return (
    <>
      <h1 className="text-4xl font-semibold">{title}</h1>
      <p className="mt-4 text-lg text-ink-soft">{text}</p>
      {link ? (
        <SiteLink href={link.href} className="btn-primary mt-6">
          {link.label}
        </SiteLink>
      ) : null}
    </>
  );
}
