"use client";

import { useActionState, useId } from "react";
import { savePointAction } from "@/app/admin/donation-points/actions";
import { idleState } from "@/lib/forms/form-state";

export type EditablePoint = {
  id?: string;
  version: number;
  name: string;
  address: string;
  postcode: string;
  openingTimes: string;
  needs: string;
};

const input = "mt-1 min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-4";
const hint = "mt-1 text-sm text-ink-muted";

/**
 * Adding or editing a drop-off point. Without JavaScript the form still posts and saves, but the
 * page is rendered per request and comes back without the answer (docs/architecture.md, "Forms,
 * and what a post without script gets back"). `located` is false when the point has no map position.
 */
export function PointEditor({ point, located, unlocatedMessage }: { point: EditablePoint; located: boolean; unlocatedMessage: string }) {
  const [state, action, pending] = useActionState(savePointAction, idleState);
  const id = useId();
  const value = (name: keyof EditablePoint) => state.values?.[name] ?? String(point[name] ?? "");
  // Versions only go up: the newer of this form's last save and the page (which a status change
  // elsewhere on the page refreshes).
  const version = String(Math.max(point.version, Number(state.status === "success" ? state.values?.version : 0) || 0));
  const err = (name: string) => state.fieldErrors?.[name];
  const field = (name: string, hinted = false) => {
    const describedBy = [hinted ? `${id}-${name}-hint` : "", err(name) ? `${id}-${name}-error` : ""].filter(Boolean).join(" ");
    return { ...(err(name) ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) };
  };
  const message = (name: string) =>
    err(name) ? (
      <p id={`${id}-${name}-error`} className="mt-1 font-semibold text-ember-dark">
        {err(name)}
      </p>
    ) : null;
  const warning = state.outcome === "saved-unlocated";
  // A key that changes with each answer, so fields show what the server kept (no-JS re-render and JS alike).
  const key = JSON.stringify(state.values ?? {});

  return (
    <form action={action} noValidate className="max-w-3xl space-y-6" key={key}>
      <input type="hidden" name="id" value={point.id ?? ""} />
      <input type="hidden" name="version" value={version} />
      {state.message ? (
        <p
          role={state.status === "error" || warning ? "alert" : "status"}
          className={`rounded-2xl p-4 font-semibold ring-1 ${state.status === "error" ? "bg-white text-ember-dark ring-ember" : warning ? "bg-ember-light/50 text-ink ring-ember/40" : "bg-pine-light text-pine ring-pine/30"}`}
        >
          {state.message}
        </p>
      ) : null}
      {!located && !warning && point.id ? (
        <p className="rounded-2xl bg-ember-light/50 p-4 ring-1 ring-ember/40">
          <strong>No map position yet:</strong> {unlocatedMessage}
        </p>
      ) : null}
      <div>
        <label htmlFor={`${id}-name`} className="font-semibold">
          Name
        </label>
        <input id={`${id}-name`} name="name" defaultValue={value("name")} className={input} {...field("name")} />
        {message("name")}
      </div>
      <div className="grid gap-6 sm:grid-cols-[2fr_1fr]">
        <div>
          <label htmlFor={`${id}-address`} className="font-semibold">
            Address
          </label>
          <p id={`${id}-address-hint`} className={hint}>
            Street and town, one line each, without the postcode.
          </p>
          <textarea id={`${id}-address`} name="address" rows={4} defaultValue={value("address")} className={`${input} py-3`} {...field("address", true)} />
          {message("address")}
        </div>
        <div>
          <label htmlFor={`${id}-postcode`} className="font-semibold">
            Postcode
          </label>
          <p id={`${id}-postcode-hint`} className={hint}>
            We look it up to sort points by distance.
          </p>
          <input
            id={`${id}-postcode`}
            name="postcode"
            defaultValue={value("postcode")}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className={`${input} uppercase`}
            {...field("postcode", true)}
          />
          {message("postcode")}
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-openingTimes`} className="font-semibold">
          Opening times
        </label>
        <p id={`${id}-openingTimes-hint`} className={hint}>
          One line per day or run of days, like “Monday to Friday, 10am to 4pm”.
        </p>
        <textarea
          id={`${id}-openingTimes`}
          name="openingTimes"
          rows={3}
          defaultValue={value("openingTimes")}
          className={`${input} py-3`}
          {...field("openingTimes", true)}
        />
        {message("openingTimes")}
      </div>
      <div>
        <label htmlFor={`${id}-needs`} className="font-semibold">
          What it needs now
        </label>
        <p id={`${id}-needs-hint`} className={hint}>
          Sizes and items in short supply, so people bring what helps most.
        </p>
        <textarea id={`${id}-needs`} name="needs" rows={3} defaultValue={value("needs")} className={`${input} py-3`} {...field("needs", true)} />
        {message("needs")}
      </div>
      <div className="border-t border-ink/10 pt-6">
        <button type="submit" disabled={pending} className="btn-primary">
          {point.id ? "Save changes" : "Add drop-off point"}
        </button>
      </div>
    </form>
  );
}
