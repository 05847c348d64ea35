"use client";

import { useState, type FormEvent } from "react";
import { donateAction } from "@/app/(site)/donate/actions";
import { FieldError, ProblemSummary, RateLimitField, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import { donationFormLimits, MAX_QUANTITY, MIN_GIFT_PENCE, MIN_QUANTITY } from "@/lib/donations/checkout/parse-amount";
import { giftTotal } from "@/lib/donations/checkout/gift-total";
import type { Pricing } from "@/lib/donations/checkout/price-gift";
import { formatPence } from "@/lib/format/money";
import type { FormState } from "@/lib/forms/form-state";
import { GiftTotalSummary } from "@/components/donate/gift-total-summary";

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

export type DonateFormProps = {
  attempt: string;
  /** What a post without script, or a cancelled checkout, left for the form to open with. */
  answer?: FormState;
  pricing: Pricing;
  coatPrice: string;
  packPrice: string;
  giftAidExplainer: string;
  /** The newsletter's consent wording, exactly as recorded when the donor confirms. */
  emailConsentWording: string;
  giftAidScopes: { value: "THIS_DONATION" | "ENDURING"; label: string; wording: string }[];
  defaults: { gift: "coat" | "pack" | "custom"; quantity: string; amount: string; frequency: "once" | "monthly" };
  /** The live coat drive the gift is made through (issue #18), checked again by the action. */
  drive?: { slug: string; name: string } | null;
};

const input = "min-h-11 w-full rounded-xl border-2 bg-white px-4 text-ink";
const choice =
  "flex min-h-11 cursor-pointer items-start gap-3 rounded-2xl border-2 border-ink/15 bg-white p-4 has-[:checked]:border-ember has-[:checked]:bg-ember-light/40";

/** The choices the running total depends on, read from the form as it stands. */
function choicesOf(form: HTMLFormElement) {
  const data = new FormData(form);
  const text = (name: string) => (typeof data.get(name) === "string" ? (data.get(name) as string) : "");
  return { gift: text("gift"), quantity: text("quantity"), amount: text("amount"), frequency: text("frequency") };
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
  const { value: v, checked, aria: invalid, describe: group, key } = kit;
  const border = (name: string) => (kit.error(name) ? "border-ember" : "border-ink/25");

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
      <RateLimitField limit={donationFormLimits.perConnection} />
      <input type="hidden" name="attempt" value={props.attempt} />
      {props.drive ? (
        <div className="rounded-2xl bg-white p-4 ring-1 ring-ink/10">
          <input type="hidden" name="drive" value={props.drive.slug} />
          <p>
            Your gift counts toward <strong>{props.drive.name}</strong> as well as the winter appeal. The prices are the appeal’s own.
          </p>
        </div>
      ) : null}
      <ProblemSummary kit={kit} id="donate-problem" fields={fields} title="There’s a problem with your donation" failedTitle="Your donation wasn’t started" />

      <fieldset {...group("gift")}>
        <legend className="font-serif text-2xl font-semibold">What would you like to give?</legend>
        <div className="mt-4 grid gap-3 sm:grid-cols-3">
          <label className={choice}>
            <input
              id="donate-gift-coat"
              type="radio"
              name="gift"
              value="coat"
              defaultChecked={opened.gift === "coat"}
              className="mt-1 h-5 w-5 shrink-0 accent-ember"
              {...invalid("gift")}
            />
            <span>
              <span className="block font-semibold">A winter coat</span>
              <span className="text-ink-soft">{props.coatPrice} could buy a warm, waterproof coat</span>
            </span>
          </label>
          <label className={choice}>
            <input
              type="radio"
              name="gift"
              value="pack"
              defaultChecked={opened.gift === "pack"}
              className="mt-1 h-5 w-5 shrink-0 accent-ember"
              {...invalid("gift")}
            />
            <span>
              <span className="block font-semibold">A clothing pack</span>
              <span className="text-ink-soft">{props.packPrice} for underwear, socks and clean clothes</span>
            </span>
          </label>
          <label className={choice}>
            <input
              type="radio"
              name="gift"
              value="custom"
              defaultChecked={opened.gift === "custom"}
              className="mt-1 h-5 w-5 shrink-0 accent-ember"
              {...invalid("gift")}
            />
            <span>
              <span className="block font-semibold">An amount you choose</span>
              <span className="text-ink-soft">From {formatPence(MIN_GIFT_PENCE)}</span>
            </span>
          </label>
        </div>
        <FieldError kit={kit} name="gift" />
        <div className="mt-5 grid gap-5 sm:grid-cols-2">
          <div>
            <label htmlFor="donate-quantity" className="font-semibold">
              How many coats or packs?
            </label>
            <input
              id="donate-quantity"
              name="quantity"
              type="number"
              inputMode="numeric"
              min={MIN_QUANTITY}
              max={MAX_QUANTITY}
              defaultValue={opened.quantity}
              className={`${input} ${border("quantity")} mt-1`}
              {...invalid("quantity")}
            />
            <FieldError kit={kit} name="quantity" />
          </div>
          <div>
            <label htmlFor="donate-amount" className="font-semibold">
              Or your own amount, in pounds
            </label>
            <div className="relative mt-1">
              <span aria-hidden="true" className="absolute left-4 top-1/2 -translate-y-1/2 text-ink-soft">
                £
              </span>
              <input
                id="donate-amount"
                name="amount"
                type="text"
                inputMode="decimal"
                defaultValue={opened.amount}
                className={`${input} ${border("amount")} pl-8`}
                {...invalid("amount")}
              />
            </div>
            <FieldError kit={kit} name="amount" />
          </div>
        </div>
      </fieldset>

      <fieldset {...group("frequency")}>
        <legend className="font-serif text-2xl font-semibold">How often?</legend>
        <div className="mt-4 grid gap-3 sm:grid-cols-2">
          <label className={choice}>
            <input
              id="donate-frequency-once"
              type="radio"
              name="frequency"
              value="once"
              defaultChecked={opened.frequency !== "monthly"}
              className="mt-1 h-5 w-5 shrink-0 accent-ember"
              {...invalid("frequency")}
            />
            <span className="font-semibold">Once</span>
          </label>
          <label className={choice}>
            <input
              type="radio"
              name="frequency"
              value="monthly"
              defaultChecked={opened.frequency === "monthly"}
              className="mt-1 h-5 w-5 shrink-0 accent-ember"
              {...invalid("frequency")}
            />
            <span>
              <span className="block font-semibold">Every month</span>
              <span className="text-ink-soft">Cancel at any time from the link in your receipt</span>
            </span>
          </label>
        </div>
        <FieldError kit={kit} name="frequency" />
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="font-serif text-2xl font-semibold">A few choices</legend>
        <label className="flex items-start gap-3">
          <input type="checkbox" name="coverFee" defaultChecked={checked("coverFee")} className="mt-1 h-5 w-5 shrink-0 accent-ember" />
          <span>
            {total
              ? `Add ${formatPence(total.feePence)} to cover the card fee, so that all of my gift goes to the appeal`
              : "Add the card fee, so that all of my gift goes to the appeal"}
          </span>
        </label>
        <label className="flex items-start gap-3">
          <input type="checkbox" name="anonymous" defaultChecked={checked("anonymous")} className="mt-1 h-5 w-5 shrink-0 accent-ember" />
          <span>Keep my gift anonymous: never show my name publicly</span>
        </label>
        {props.drive ? (
          <label className="flex items-start gap-3">
            <input type="checkbox" name="showAmountOnDrive" defaultChecked={checked("showAmountOnDrive")} className="mt-1 h-5 w-5 shrink-0 accent-ember" />
            <span>Show the amount of my gift on the drive’s page (we show your first name only, unless you keep your gift anonymous)</span>
          </label>
        ) : null}
        <label className="flex items-start gap-3">
          <input type="checkbox" name="emailConsent" defaultChecked={checked("emailConsent")} className="mt-1 h-5 w-5 shrink-0 accent-ember" />
          <span>{props.emailConsentWording} We’ll email you once to confirm.</span>
        </label>
      </fieldset>

      <fieldset className="group rounded-3xl bg-pine-light p-6 sm:p-8">
        <legend className="sr-only">Gift Aid</legend>
        <p className="font-serif text-2xl font-semibold" aria-hidden="true">
          Gift Aid
        </p>
        <p className="mt-2 text-ink-soft">{props.giftAidExplainer}</p>
        <label className="mt-4 flex items-start gap-3 font-semibold">
          <input id="donate-giftAid" type="checkbox" name="giftAid" defaultChecked={checked("giftAid")} className="peer mt-1 h-5 w-5 shrink-0 accent-ember" />
          <span>Yes, I am a UK taxpayer and would like to add Gift Aid</span>
        </label>
        <div className="mt-6 hidden space-y-5 group-has-[input[name=giftAid]:checked]:block">
          {giftAidRows.map((row) => (
            <div key={row.columns} className={`grid gap-5 ${row.columns}`}>
              {row.fields.map(([name, label, autoComplete]) => (
                <div key={name}>
                  <label htmlFor={`donate-${name}`} className="font-semibold">
                    {label}
                  </label>
                  <input
                    id={`donate-${name}`}
                    name={name}
                    autoComplete={autoComplete}
                    defaultValue={v(name)}
                    className={`${input} ${border(name)} mt-1`}
                    {...invalid(name)}
                  />
                  <FieldError kit={kit} name={name} />
                </div>
              ))}
            </div>
          ))}
          <fieldset {...group("giftAidScope")}>
            <legend className="font-semibold">Which donations should we claim Gift Aid on?</legend>
            <div className="mt-2 space-y-3">
              {props.giftAidScopes.map((scope) => (
                <label key={scope.value} className={`${choice} flex-col`}>
                  <span className="flex items-start gap-3">
                    <input
                      id={`donate-giftAidScope-${scope.value}`}
                      type="radio"
                      name="giftAidScope"
                      value={scope.value}
                      defaultChecked={v("giftAidScope", "ENDURING") === scope.value}
                      className="mt-1 h-5 w-5 shrink-0 accent-ember"
                      {...invalid("giftAidScope")}
                    />
                    <span className="font-semibold">{scope.label}</span>
                  </span>
                  <span className="whitespace-pre-line pl-8 text-sm text-ink-soft">{scope.wording}</span>
                </label>
              ))}
            </div>
            <FieldError kit={kit} name="giftAidScope" />
          </fieldset>
          <label className="flex items-start gap-3">
            <input
              id="donate-giftAidConfirm"
              type="checkbox"
              name="giftAidConfirm"
              defaultChecked={checked("giftAidConfirm")}
              className="mt-1 h-5 w-5 shrink-0 accent-ember"
              {...invalid("giftAidConfirm")}
            />
            <span>I confirm I am a UK taxpayer and agree to the declaration I chose above</span>
          </label>
          <FieldError kit={kit} name="giftAidConfirm" />
        </div>
      </fieldset>

      <GiftTotalSummary total={total} monthly={choices.frequency === "monthly"} />

      <div>
        <SubmitButton kit={kit} busy="Taking you to secure payment…" className="btn-primary text-lg">
          Continue to secure payment
        </SubmitButton>
        <p className="mt-3 text-sm text-ink-soft">Payment is taken by Stripe. We never see or store your card details.</p>
      </div>
    </form>
  );
}
