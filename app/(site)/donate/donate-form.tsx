"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { donateAction } from "@/app/(site)/donate/actions";
import { FieldError, SubmitButton, useFormKit, type FormKit } from "@/components/forms/form-kit-core";
import { ProblemSummary } from "@/components/forms/problem-summary";
import { GiftTotalSummary } from "@/components/donate/gift-total-summary";
import { MAX_QUANTITY, MIN_QUANTITY } from "@/lib/donations/checkout/gift-bounds";
import type { Pricing } from "@/lib/donations/checkout/cover-fee";
import { giftTotal } from "@/lib/donations/checkout/gift-total";
import { formatPence } from "@/lib/format/money";
import type { FormState } from "@/lib/forms/form-state";

/** The Gift Aid declaration's name and address fields: [name, label, autocomplete], by row. */
const giftAidRows = [
  {
    columns: "sm:grid-cols-[8rem_1fr_1fr]",
    fields: [
      ["title", "Title (optional)", "honorific-prefix"],
      ["firstName", "First name", "given-name"],
      ["lastName", "Last name", "family-name"],
    ],
  },
  {
    columns: "sm:grid-cols-[12rem_1fr_10rem]",
    fields: [
      ["houseNameOrNumber", "House name or number", "address-line1"],
      ["addressLine", "Street and town", "address-line2"],
      ["postcode", "Postcode", "postal-code"],
    ],
  },
] as const;

/**
 * The summary's links, in the order the fields appear: [field, control] where the control's id is
 * not `donate-<field>` (a group's first radio). A lost attempt id is said without a link.
 */
const fields = [
  ["gift", "donate-gift-coat"],
  "quantity",
  "amount",
  ["frequency", "donate-frequency-once"],
  ...giftAidRows.flatMap((row) => row.fields.map(([name]) => name)),
  ["giftAidScope", "donate-giftAidScope-ENDURING"],
  "giftAidConfirm",
] as const;

/** A radio button's choice: its value, its name in bold, and what it means beneath. */
export type DonateChoice = { value: string; label: string; note?: string };

/**
 * What the page hands the form. Everything that does not depend on what the donor chooses is
 * drawn on the server (the slots) or sent as words (the choices): it is in the page's payload,
 * not in this script (docs/performance.md, "The scripts").
 */
export type DonateFormProps = {
  /** What a post without script, or a cancelled checkout, left for the form to open with. */
  answer?: FormState;
  pricing: Pricing;
  /** The form's first part, drawn on the server: its hidden fields (rate limit, attempt, drive) and the drive the gift counts toward. */
  top: ReactNode;
  /** Coat, pack and "An amount you choose", with their prices. */
  gifts: DonateChoice[];
  /** Once or every month. */
  frequencies: DonateChoice[];
  /** The boxes under the card fee's: [name, wording] (the drive's only with a drive; the newsletter's consent as recorded). */
  ticks: (readonly [name: string, wording: string])[];
  /** The Gift Aid box's heading and HMRC's explainer, drawn on the server. */
  giftAidIntro: ReactNode;
  /** The declarations, each with HMRC's wording as the donor agrees to it. */
  giftAidScopes: DonateChoice[];
  /** Under the button, drawn on the server. */
  footer: ReactNode;
  defaults: { gift: "coat" | "pack" | "custom"; quantity: string; amount: string; frequency: "once" | "monthly" };
};

const row = "flex items-start gap-3";

/** The choices the running total depends on, read from the form as it stands. */
function choicesOf(form: HTMLFormElement) {
  const data = new FormData(form);
  const text = (name: string) => (typeof data.get(name) === "string" ? (data.get(name) as string) : "");
  return { gift: text("gift"), quantity: text("quantity"), amount: text("amount"), frequency: text("frequency") };
}

/** A group of radio buttons as cards, each control `donate-<name>-<value>`. */
function Choices({
  kit,
  name,
  options,
  opened,
  className,
  note = "text-ink-soft",
}: {
  kit: FormKit;
  name: string;
  options: DonateChoice[];
  opened: string;
  className: string;
  note?: string;
}) {
  return (
    <div className={`grid gap-3 ${className}`}>
      {options.map((option) => (
        <label key={option.value} className="choice-card">
          <input
            id={kit.id(`${name}-${option.value}`)}
            type="radio"
            name={name}
            value={option.value}
            defaultChecked={opened === option.value}
            className="tick"
            {...kit.aria(name)}
          />
          <span>
            <span className="block font-semibold">{option.label}</span>
            {option.note ? <span className={note}>{option.note}</span> : null}
          </span>
        </label>
      ))}
    </div>
  );
}

/**
 * The donation form. It posts a choice, never an amount to trust; the server prices it. Without
 * JavaScript a refused post comes back (lib/forms/answer-without-script.ts) with the problems
 * listed at the top and everything typed kept; with it, the answer appears in place and focus
 * moves to the list. The Gift Aid fields, and the fee and Gift Aid lines of the running total,
 * appear when their boxes are ticked through CSS alone.
 */
export function DonateForm(props: DonateFormProps) {
  const [kit, action] = useFormKit(donateAction, { answer: props.answer, idPrefix: "donate" });
  const { value: v, checked, aria, key } = kit;
  /** A text box's attributes: its id, name, kept value, border and problem. */
  const box = (name: string, className: string, value = v(name)) => ({
    id: kit.id(name),
    name,
    defaultValue: value,
    className: `text-box ${className}`,
    ...aria(name),
  });
  /** A labelled control with its problem beneath. */
  const labelled = (name: string, label: string, control: ReactNode) => (
    <div key={name}>
      <label htmlFor={kit.id(name)} className="font-semibold">
        {label}
      </label>
      {control}
      <FieldError kit={kit} name={name} />
    </div>
  );
  /** A checkbox and its wording; `id` for one the summary links to. */
  const tickBox = (name: string, wording: ReactNode, id?: string) => (
    <label key={name} className={row}>
      <input id={id} type="checkbox" name={name} defaultChecked={checked(name)} className="tick" {...(id ? aria(name) : {})} />
      <span>{wording}</span>
    </label>
  );

  const opened = {
    gift: v("gift", props.defaults.gift),
    quantity: v("quantity", props.defaults.quantity),
    amount: v("amount", props.defaults.amount),
    frequency: v("frequency", props.defaults.frequency),
  };
  // What the donor has changed since this answer: the running total follows it as they type.
  const [live, setLive] = useState<{ key: string; choices: typeof opened } | null>(null);
  const choices = live?.key === key ? live.choices : opened;
  // Priced with the fee and Gift Aid included: their lines show only when their boxes are ticked.
  const total = giftTotal(props.pricing, { ...choices, coverFee: true, giftAid: true });

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    // Typing an amount of your own chooses "An amount you choose".
    if (event.target instanceof HTMLInputElement && event.target.name === "amount" && event.target.value.trim() !== "") {
      const custom = form.querySelector<HTMLInputElement>('input[name="gift"][value="custom"]');
      if (custom) custom.checked = true;
    }
    setLive({ key, choices: choicesOf(form) });
  };

  return (
    <form id="donate-form" action={action} onChange={onChange} noValidate className="group/donate space-y-10" key={key}>
      {props.top}
      <ProblemSummary kit={kit} id="donate-problem" fields={fields} title="There’s a problem with your donation" failedTitle="Your donation wasn’t started" />

      <fieldset {...kit.describe("gift")}>
        <legend className="form-legend">What would you like to give?</legend>
        <Choices kit={kit} name="gift" options={props.gifts} opened={opened.gift} className="mt-4 sm:grid-cols-3" />
        <FieldError kit={kit} name="gift" />
        <div className="mt-5 grid gap-5 sm:grid-cols-2">
          {labelled(
            "quantity",
            "How many coats or packs?",
            <input type="number" inputMode="numeric" min={MIN_QUANTITY} max={MAX_QUANTITY} {...box("quantity", "mt-1", opened.quantity)} />,
          )}
          {labelled(
            "amount",
            "Or your own amount, in pounds",
            <div className="relative mt-1">
              <span aria-hidden="true" className="absolute left-4 top-1/2 -translate-y-1/2 text-ink-soft">
                £
              </span>
              <input type="text" inputMode="decimal" {...box("amount", "pl-8", opened.amount)} />
            </div>,
          )}
        </div>
      </fieldset>

      <fieldset {...kit.describe("frequency")}>
        <legend className="form-legend">How often?</legend>
        <Choices
          kit={kit}
          name="frequency"
          options={props.frequencies}
          opened={opened.frequency === "monthly" ? "monthly" : "once"}
          className="mt-4 sm:grid-cols-2"
        />
        <FieldError kit={kit} name="frequency" />
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="form-legend">A few choices</legend>
        {tickBox(
          "coverFee",
          total
            ? `Add ${formatPence(total.feePence)} to cover the card fee, so that all of my gift goes to the appeal`
            : "Add the card fee, so that all of my gift goes to the appeal",
        )}
        {props.ticks.map(([name, wording]) => tickBox(name, wording))}
      </fieldset>

      <fieldset className="group rounded-3xl bg-pine-light p-6 sm:p-8">
        <legend className="sr-only">Gift Aid</legend>
        {props.giftAidIntro}
        <label className={`mt-4 ${row} font-semibold`}>
          <input id="donate-giftAid" type="checkbox" name="giftAid" defaultChecked={checked("giftAid")} className="peer tick" />
          <span>Yes, I am a UK taxpayer and would like to add Gift Aid</span>
        </label>
        <div className="mt-6 hidden space-y-5 group-has-[input[name=giftAid]:checked]:block">
          {giftAidRows.map(({ columns, fields }) => (
            <div key={columns} className={`grid gap-5 ${columns}`}>
              {fields.map(([name, label, autoComplete]) => labelled(name, label, <input autoComplete={autoComplete} {...box(name, "mt-1")} />))}
            </div>
          ))}
          <fieldset {...kit.describe("giftAidScope")}>
            <legend className="font-semibold">Which donations should we claim Gift Aid on?</legend>
            <Choices
              kit={kit}
              name="giftAidScope"
              options={props.giftAidScopes}
              opened={v("giftAidScope", "ENDURING")}
              className="mt-2"
              note="block whitespace-pre-line text-sm text-ink-soft"
            />
            <FieldError kit={kit} name="giftAidScope" />
          </fieldset>
          {tickBox("giftAidConfirm", "I confirm I am a UK taxpayer and agree to the declaration I chose above", "donate-giftAidConfirm")}
          <FieldError kit={kit} name="giftAidConfirm" />
        </div>
      </fieldset>

      <GiftTotalSummary total={total} monthly={choices.frequency === "monthly"} />

      <div>
        <SubmitButton kit={kit} busy="Taking you to secure payment…" className="btn-primary text-lg">
          Continue to secure payment
        </SubmitButton>
        {props.footer}
      </div>
    </form>
  );
}
