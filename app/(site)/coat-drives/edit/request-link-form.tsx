"use client";

import { requestEditLinkAction } from "@/app/(site)/coat-drives/edit/actions";
import { NewLinkForm } from "@/components/forms/new-link-form";
import { editLinkLimits } from "@/lib/coat-drives/drive-limits";
import type { FormState } from "@/lib/forms/form-state";

/** A drive organiser's "Email me a new link" (components/forms/new-link-form.tsx), kept for /coat-drives/edit. */
export function RequestEditLinkForm({ answer }: { answer?: FormState }) {
  return (
    <NewLinkForm
      action={requestEditLinkAction}
      limit={editLinkLimits.perConnection}
      permalink="/coat-drives/edit#new-link"
      hint="The address you started your drive with. We’ll send a new private link for each drive you run."
      answer={answer}
    />
  );
}
