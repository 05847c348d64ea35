"use client";

import { payTestCheckoutAction } from "@/app/(site)/donate/test-checkout/actions";
import { Field, FormRefusal, SubmitButton, useFormKit } from "@/components/forms/form-kit";

export function TestCheckoutForm({ sessionId, total }: { sessionId: string; total: string }) {
  const [kit, action] = useFormKit(payTestCheckoutAction);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="sessionId" value={sessionId} />
      <FormRefusal kit={kit} className="font-semibold text-ember-dark" />
      <Field kit={kit} name="email" label="Email for your receipt" type="email" autoComplete="email" />
      <Field kit={kit} name="name" label="Name on the card" autoComplete="cc-name" />
      <p className="rounded-xl bg-paper-deep p-3 text-sm">Card: 4242 4242 4242 4242 (test card; nothing is entered or charged here)</p>
      <SubmitButton kit={kit} busy="Paying…" className="btn-primary w-full">
        Pay {total} (test)
      </SubmitButton>
    </form>
  );
}
