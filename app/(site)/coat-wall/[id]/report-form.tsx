"use client";

import { reportPhotoAction } from "@/app/(site)/coat-wall/actions";
import { FormRefusal, HoneypotField, RateLimitField, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import { photoReportLimits } from "@/lib/coat-wall/photo-limits";

/**
 * "Report this photo": one press, no account. Enough reports take the photo off the wall until a
 * member of staff has looked at it again. Works without script: the page is cached, not rendered per
 * request, so it gets React's own answer (docs/architecture.md, "Forms, and what a post without script gets back").
 */
export function ReportPhotoForm({ id }: { id: string }) {
  const [kit, action] = useFormKit(reportPhotoAction);
  const { state } = kit;
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
      <FormRefusal kit={kit} className="mt-2 font-semibold text-ember-dark" />
      <SubmitButton kit={kit} busy="Report this photo" className="mt-3 font-semibold text-ember-dark underline underline-offset-4">
        Report this photo
      </SubmitButton>
    </form>
  );
}
