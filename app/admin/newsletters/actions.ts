"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { allowed, currentStaff } from "@/lib/auth/current-staff";
import { staffAction } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { sendTestNewsletter } from "@/lib/newsletter/send-test-newsletter";
import { newSendToken, sendTokenSchema, sendToSubscribers } from "@/lib/newsletter/send-to-subscribers";
import { renderStaffCopy } from "@/lib/newsletter/staff-copy";
import { NEWSLETTER_BODY_MAX, NEWSLETTER_SUBJECT_MAX, newsletterSchema } from "@/lib/newsletter/start-newsletter";
import { enqueue } from "@/lib/queue/site-queue";

const emailConfig = () => ({ siteUrl: env.SITE_URL, postalAddress: env.CHARITY_POSTAL_ADDRESS });

const composeSchema = newsletterSchema.extend({
  token: sendTokenSchema,
  // "send" comes only from the button inside the form's "Send now?" question.
  intent: z.enum(["test", "send"]).catch("test"),
});

const nobody = "Nobody has confirmed their subscription yet, so there is no one to send this to.";

/** The compose form's one action: a test to the member of staff, or the real send. */
export const composeNewsletterAction = staffAction(StaffRole.ADMIN, composeSchema, async (input, staff) => {
  const values = { subject: input.subject, body: input.body, token: input.token };
  switch (input.intent) {
    case "test":
      try {
        await sendTestNewsletter(db, emailConfig(), input, staff);
      } catch (error) {
        console.error("[newsletter] test send failed", error);
        return { status: "error", message: "The test couldn’t be sent just now. Please try again in a minute.", values };
      }
      return { status: "success", outcome: "tested", message: `Test sent to ${staff.email}. It may take a minute to arrive.`, values };
    case "send": {
      const outcome = await sendToSubscribers(db, enqueue, input, staff.id);
      if (outcome.status === "nobody-to-send-to") return { status: "error", message: nobody, values };
      if (outcome.status === "started") redirect(`/admin/newsletters/${outcome.newsletterId}`);
      // This form has sent before: the same update is not sent again.
      if (outcome.sameContent) redirect(`/admin/newsletters/${outcome.newsletterId}?repeat=1`);
      return {
        status: "error",
        message: `This form already sent “${outcome.subject}”. Your changes have not been sent: check them, then press send again to send them as a new update.`,
        values: { ...values, token: newSendToken() },
      };
    }
  }
});

/** The live preview: the update rendered by the very function every reader's copy comes from. */
export async function previewNewsletterAction(subject: string, draftBody: string): Promise<string> {
  const staff = await currentStaff();
  if (!staff || !allowed(staff, StaffRole.ADMIN)) return "";
  // Over a limit, the preview says so rather than showing the update cut short.
  const shownSubject = z.string().max(NEWSLETTER_SUBJECT_MAX).catch("").parse(subject).trim() || "Your subject";
  const body = z.string().max(NEWSLETTER_BODY_MAX).safeParse(draftBody);
  const shownBody = body.success
    ? body.data
    : `*The preview stops here: the update is longer than ${NEWSLETTER_BODY_MAX.toLocaleString("en-GB")} characters, so it can’t be sent. Shorten it to see it again.*`;
  const { html } = await renderStaffCopy(db, emailConfig(), { subject: shownSubject, body: shownBody });
  return html;
}
