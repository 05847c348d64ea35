"use client";

import { useActionState } from "react";
import { reportPhotoAction } from "@/app/(site)/coat-wall/actions";
import { HoneypotField } from "@/components/forms/honeypot-field";
import { RateLimitField } from "@/components/forms/rate-limit-field";
import { photoReportLimits } from "@/lib/coat-wall/photo-limits";
import { idleState } from "@/lib/forms/form-state";

/**
 * "Report this photo": one press, no account. Enough reports take the photo off the wall until a
 * member of staff has looked at it again. Works without script (the page answers in place).
 */
export function ReportPhotoForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState(reportPhotoAction, idleState);
  if (state.status === "success") {
    return (
      <p role="status" className="font-semibold text-pine">
        {state.message}
      </p>
    );
  }
  return (
    <form action={action}>
      <RateLimitField limit={photoReportLimits.perConnection} />
      <HoneypotField id={`report-website-${id}`} />
      <input type="hidden" name="id" value={id} />
      <p className="text-sm text-ink-soft">Something wrong with this photo? Tell us and our team will look at it again.</p>
      {state.status === "error" && state.message ? (
        <p role="alert" className="mt-2 font-semibold text-ember-dark">
          {state.message}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="mt-3 font-semibold text-ember-dark underline underline-offset-4">
        Report this photo
      </button>
    </form>
  );
}
