"use client";

import { useActionState, useId } from "react";
import { donateAction } from "@/app/(site)/donate/actions";
import { idleState } from "@/lib/forms/form-state";
import { RateLimitField } from "@/components/forms/rate-limit-field";

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 font-semibold text-ember-dark">
      {message}
    </p>
  ) : null;
}

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

export type DonateFormProps = {
  attempt: string;
  coatPrice: string;
  packPrice: string;
  feeRate: string;
  giftAidExplainer: string;
  /** The newsletter's consent wording, exactly as recorded when the donor confirms. */
  emailConsentWording: string;
  giftAidScopes: { value: "THIS_DONATION" | "ENDURING"; label: string; wording: string }[];
  defaults: { gift: "coat" | "pack" | "custom"; quantity: string; amount: string; frequency: "once" | "monthly" };
};

const input = "min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-4 text-ink";
const choice = "flex min-h-11 cursor-pointer items-start gap-3 rounded-2xl border-2 border-ink/15 bg-white p-4 has-[:checked]:border-ember has-[:checked]:bg-ember-light/40";

/**
 * The donation form. It posts a choice, never an amount to trust; the server prices it. It works
 * without JavaScript (the page reloads with any errors, and everything typed kept), and the
 * Gift Aid fields appear when the box is ticked through CSS alone.
 */
export function DonateForm(props: DonateFormProps) {
  const [state, action, pending] = useActionState(donateAction, idleState);
  const id = useId();
  const v = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  const checked = (name: string) => (state.values ? state.values[name] === "on" : false);
  const err = (name: string) => state.fieldErrors?.[name];
  const described = (name: string) => (err(name) ? { "aria-invalid": true as const, "aria-describedby": `${id}-${name}-error` } : {});
  const gift = v("gift", props.defaults.gift);
  const frequency = v("frequency", props.defaults.frequency);
  // Without an answer yet, keys change with every answer, so a re-render shows what was sent.
  const key = JSON.stringify(state.values ?? {});

  return (
    <form action={action} noValidate className="space-y-10" key={key}>
      <RateLimitField form="checkout" />
      <input type="hidden" name="attempt" value={props.attempt} />
      {state.status === "error" && state.message ? (
        <div role="alert" className="rounded-2xl border-2 border-ember bg-white p-4 font-semibold text-ember-dark">
          {state.message}
          {err("attempt") ? <p className="mt-1 font-normal">{err("attempt")}</p> : null}
        </div>
      ) : null}

      <fieldset>
        <legend className="font-serif text-2xl font-semibold">What would you like to give?</legend>
        <div className="mt-4 grid gap-3 sm:grid-cols-3">
          <label className={choice}>
            <input type="radio" name="gift" value="coat" defaultChecked={gift === "coat"} className="mt-1 h-5 w-5 shrink-0 accent-ember" />
            <span>
              <span className="block font-semibold">A winter coat</span>
              <span className="text-ink-soft">{props.coatPrice} could buy a warm, waterproof coat</span>
            </span>
          </label>
          <label className={choice}>
            <input type="radio" name="gift" value="pack" defaultChecked={gift === "pack"} className="mt-1 h-5 w-5 shrink-0 accent-ember" />
            <span>
              <span className="block font-semibold">A clothing pack</span>
              <span className="text-ink-soft">{props.packPrice} for underwear, socks and clean clothes</span>
            </span>
          </label>
          <label className={choice}>
            <input type="radio" name="gift" value="custom" defaultChecked={gift === "custom"} className="mt-1 h-5 w-5 shrink-0 accent-ember" />
            <span>
              <span className="block font-semibold">An amount you choose</span>
              <span className="text-ink-soft">From £2</span>
            </span>
          </label>
        </div>
        <FieldError id={`${id}-gift-error`} message={err("gift")} />
        <div className="mt-5 grid gap-5 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-quantity`} className="font-semibold">
              How many coats or packs?
            </label>
            <input id={`${id}-quantity`} name="quantity" type="number" inputMode="numeric" min={1} max={20} defaultValue={v("quantity", props.defaults.quantity)} className={`${input} mt-1`} {...described("quantity")} />
            <FieldError id={`${id}-quantity-error`} message={err("quantity")} />
          </div>
          <div>
            <label htmlFor={`${id}-amount`} className="font-semibold">
              Or your own amount, in pounds
            </label>
            <div className="relative mt-1">
              <span aria-hidden="true" className="absolute left-4 top-1/2 -translate-y-1/2 text-ink-soft">£</span>
              <input id={`${id}-amount`} name="amount" type="text" inputMode="decimal" defaultValue={v("amount", props.defaults.amount)} className={`${input} pl-8`} {...described("amount")} />
            </div>
            <FieldError id={`${id}-amount-error`} message={err("amount")} />
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend className="font-serif text-2xl font-semibold">How often?</legend>
        <div className="mt-4 grid gap-3 sm:grid-cols-2">
          <label className={choice}>
            <input type="radio" name="frequency" value="once" defaultChecked={frequency !== "monthly"} className="mt-1 h-5 w-5 shrink-0 accent-ember" />
            <span className="font-semibold">Once</span>
          </label>
          <label className={choice}>
            <input type="radio" name="frequency" value="monthly" defaultChecked={frequency === "monthly"} className="mt-1 h-5 w-5 shrink-0 accent-ember" />
            <span>
              <span className="block font-semibold">Every month</span>
              <span className="text-ink-soft">Cancel at any time from the link in your receipt</span>
            </span>
          </label>
        </div>
        <FieldError id={`${id}-frequency-error`} message={err("frequency")} />
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="font-serif text-2xl font-semibold">A few choices</legend>
        <label className="flex items-start gap-3">
          <input type="checkbox" name="coverFee" defaultChecked={checked("coverFee")} className="mt-1 h-5 w-5 shrink-0 accent-ember" />
          <span>Add the card fee ({props.feeRate}) so that all of my gift goes to the appeal</span>
        </label>
        <label className="flex items-start gap-3">
          <input type="checkbox" name="anonymous" defaultChecked={checked("anonymous")} className="mt-1 h-5 w-5 shrink-0 accent-ember" />
          <span>Keep my gift anonymous: never show my name publicly</span>
        </label>
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
          <input id={`${id}-giftAid`} type="checkbox" name="giftAid" defaultChecked={checked("giftAid")} className="peer mt-1 h-5 w-5 shrink-0 accent-ember" />
          <span>Yes, I am a UK taxpayer and would like to add Gift Aid</span>
        </label>
        <div className="mt-6 hidden space-y-5 group-has-[input[name=giftAid]:checked]:block">
          {giftAidRows.map((row) => (
            <div key={row.columns} className={`grid gap-5 ${row.columns}`}>
              {row.fields.map(([name, label, autoComplete]) => (
                <div key={name}>
                  <label htmlFor={`${id}-${name}`} className="font-semibold">
                    {label}
                  </label>
                  <input id={`${id}-${name}`} name={name} autoComplete={autoComplete} defaultValue={v(name)} className={`${input} mt-1`} {...described(name)} />
                  <FieldError id={`${id}-${name}-error`} message={err(name)} />
                </div>
              ))}
            </div>
          ))}
          <fieldset>
            <legend className="font-semibold">Which donations should we claim Gift Aid on?</legend>
            <div className="mt-2 space-y-3">
              {props.giftAidScopes.map((scope) => (
                <label key={scope.value} className={`${choice} flex-col`}>
                  <span className="flex items-start gap-3">
                    <input type="radio" name="giftAidScope" value={scope.value} defaultChecked={v("giftAidScope", "ENDURING") === scope.value} className="mt-1 h-5 w-5 shrink-0 accent-ember" />
                    <span className="font-semibold">{scope.label}</span>
                  </span>
                  <span className="whitespace-pre-line pl-8 text-sm text-ink-soft">{scope.wording}</span>
                </label>
              ))}
            </div>
            <FieldError id={`${id}-giftAidScope-error`} message={err("giftAidScope")} />
          </fieldset>
          <label className="flex items-start gap-3">
            <input type="checkbox" name="giftAidConfirm" defaultChecked={checked("giftAidConfirm")} className="mt-1 h-5 w-5 shrink-0 accent-ember" {...described("giftAidConfirm")} />
            <span>I confirm I am a UK taxpayer and agree to the declaration I chose above</span>
          </label>
          <FieldError id={`${id}-giftAidConfirm-error`} message={err("giftAidConfirm")} />
        </div>
      </fieldset>

      <div>
        <button type="submit" disabled={pending} className="btn-primary text-lg">
          {pending ? "Taking you to secure payment…" : "Continue to secure payment"}
        </button>
        <p className="mt-3 text-sm text-ink-soft">Payment is taken by Stripe. We never see or store your card details.</p>
      </div>
    </form>
  );
}
