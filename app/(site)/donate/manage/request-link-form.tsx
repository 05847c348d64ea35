"use client";

import { NewLinkForm } from "@/components/forms/new-link-form";
import { manageLinkLimits } from "@/lib/donations/manage-link-limits";
import type { FormState } from "@/lib/forms/form-state";
import { requestManageLinkAction } from "./actions";

/** A monthly donor's "Email me a new link" (components/forms/new-link-form.tsx), kept for /donate/manage. */
export function RequestLinkForm({ answer }: { answer?: FormState }) {
  return (
    <NewLinkForm
      action={requestManageLinkAction}
      limit={manageLinkLimits.perConnection}
      permalink="/donate/manage#new-link"
      hint="The address you give from. We’ll send a fresh link for each of your monthly gifts."
      answer={answer}
    />
  );
}
