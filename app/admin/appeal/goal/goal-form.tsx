"use client";

import { saveGoalAction } from "@/app/admin/appeal/actions";
import { Field, FormMessage, useFormKit, VersionField } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";

/** `answer`: a post without script's, kept for the page (lib/forms/kept-answers.ts). */
export function GoalForm({ initial, answer }: { initial: Record<string, string>; answer?: FormState }) {
  const [kit, action] = useFormKit(saveGoalAction, { initial, answer });
  return (
    <form action={action} noValidate className="max-w-xl space-y-6 rounded-3xl bg-white p-5 ring-1 ring-ink/10 sm:p-6">
      <VersionField kit={kit} />
      <FormMessage kit={kit} />
      <Field kit={kit} name="goalCoats" label="Goal, in coats" inputMode="numeric" hint="How many coats the appeal sets out to fund." />
      <Field
        kit={kit}
        name="coatPricePence"
        label="Price of a coat, in pounds"
        inputMode="decimal"
        prefix="£"
        hint="What “buy a coat” costs a donor. Gifts of packs and other amounts also count toward the goal in whole coats at this price."
      />
      <Field kit={kit} name="packPricePence" label="Price of a clothing pack, in pounds" inputMode="decimal" prefix="£" />
      <button type="submit" disabled={kit.pending} className="btn-primary">
        {kit.pending ? "Saving…" : "Save the goal and prices"}
      </button>
    </form>
  );
}
