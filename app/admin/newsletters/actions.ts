"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { allowed, currentStaff } from "@/lib/auth/current-staff";
import { keepingAnswersFor } from "@/lib/auth/keep-staff-answers";
import { staffAction } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { firstErrors, type FormState } from "@/lib/forms/form-state";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { COMPOSE_PAGE, draftIdOf, removeDraft, saveDraft } from "@/lib/newsletter/drafts";
import { sendTestNewsletter } from "@/lib/newsletter/send-test-newsletter";
import { newSendToken, sendTokenSchema, sendToSubscribers } from "@/lib/newsletter/send-to-subscribers";
import { renderStaffCopy } from "@/lib/newsletter/staff-copy";
import { NEWSLETTER_BODY_MAX, NEWSLETTER_SUBJECT_MAX, newsletterSchema } from "@/lib/newsletter/start-newsletter";
import { enqueue } from "@/lib/queue/site-queue";
import { formatCount } from "@/lib/format/money";

const emailConfig = () => ({ siteUrl: env.SITE_URL, postalAddress: env.CHARITY_POSTAL_ADDRESS });

// The form as posted: the update's fields are checked by newsletterSchema inside, after the draft
// is kept, so that an update with a mistake in it is saved all the same.
const composeSchema = z.object({
  token: sendTokenSchema,
  // "send" comes only from the button inside the form's "Send now?" question.
  intent: z.enum(["test", "send"]).catch("test"),
  draft: z.string().catch(""),
  subject: z.string().catch(""),
  body: z.string().catch(""),
});

const nobody = "Nobody has confirmed their subscription yet, so there is no one to send this to.";

/** The update's own rules: its fields' errors, or the update to test or send. */
function checked(input: { subject: string; body: string }) {
  const parsed = newsletterSchema.safeParse(input);
  if (parsed.success) return { ok: true as const, update: parsed.data };
  return { ok: false as const, fieldErrors: firstErrors(z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>) };
}

const compose = staffAction(StaffRole.ADMIN, composeSchema, async (input, staff): Promise<FormState> => {
  switch (input.intent) {
    case "test": {
      // A test keeps the draft first, whatever happens next: nothing typed is lost.
      const saved = await saveDraft(db, { id: draftIdOf(input.draft), subject: input.subject, body: input.body }, staff.id);
      const draft = saved.ok ? saved.id : input.draft;
      const values = { token: input.token, draft };
      const update = checked(input);
      if (!update.ok) {
        const first = saved.ok ? "Your draft is saved. " : "";
        return { status: "error", message: `${first}Please check the highlighted answers before a test can be sent.`, fieldErrors: update.fieldErrors, values };
      }
      try {
        await sendTestNewsletter(db, emailConfig(), update.update, staff);
      } catch (error) {
        console.error("[newsletter] test send failed", error);
        return { status: "error", message: "Your draft is saved, but the test couldn’t be sent just now. Please try again in a minute.", values };
      }
      return { status: "success", outcome: "tested", message: `Draft saved, and a test sent to ${staff.email}. It may take a minute to arrive.`, values };
    }
    case "send": {
      // Not sent after all: the draft is kept, as for a test, so the form comes back to it.
      const kept = async () => {
        const saved = await saveDraft(db, { id: draftIdOf(input.draft), subject: input.subject, body: input.body }, staff.id);
        return { token: input.token, draft: saved.ok ? saved.id : input.draft };
      };
      const update = checked(input);
      if (!update.ok) return { status: "error", message: "Please check the highlighted answers.", fieldErrors: update.fieldErrors, values: await kept() };
      const outcome = await sendToSubscribers(db, enqueue, { token: input.token, ...update.update }, staff.id);
      if (outcome.status === "nobody-to-send-to") return { status: "error", message: nobody, values: await kept() };
      if (outcome.status === "started") {
        // Sent: the draft has become the update. Left behind if this fails, which harms nothing.
        await removeDraft(db, draftIdOf(input.draft)).catch((error: unknown) => console.error("[newsletter] could not remove a sent draft", error));
        redirect(`/admin/newsletters/${outcome.newsletterId}`);
      }
      // This form has sent before: the same update is not sent again.
      if (outcome.sameContent) redirect(`/admin/newsletters/${outcome.newsletterId}?repeat=1`);
      return {
        status: "error",
        message: `This form already sent “${outcome.subject}”. Your changes have not been sent: check them, then press send again to send them as a new update.`,
        values: { ...(await kept()), token: newSendToken() },
      };
    }
  }
});

/**
 * The compose form's one action: a test to the member of staff (the draft saved first), or the
 * real send. The answer carries the form's token, its draft and what was typed; a form posted
 * without script gets it kept for the compose page (lib/forms/kept-answers.ts), however long the
 * update.
 */
export const composeNewsletterAction = keepingAnswersFor(
  () => COMPOSE_PAGE,
  () => db,
  async (previous, data) => {
    const state = await compose(previous, data);
    const token = state.values?.token ?? String(data.get("token") ?? "");
    const draft = draftIdOf(state.values?.draft) ?? draftIdOf(data.get("draft"));
    const typed = { subject: String(data.get("subject") ?? ""), body: String(data.get("body") ?? "") };
    return { ...state, values: { token, ...(draft ? { draft } : {}), ...typed } };
  },
);

/** The live preview: the update rendered by the very function every reader's copy comes from. */
export async function previewNewsletterAction(subject: string, draftBody: string): Promise<string> {
  const staff = await currentStaff();
  if (!staff || !allowed(staff, StaffRole.ADMIN)) return "";
  // Over a limit, the preview says so rather than showing the update cut short.
  const shownSubject = z.string().max(NEWSLETTER_SUBJECT_MAX).catch("").parse(subject).trim() || "Your subject";
  const body = z.string().max(NEWSLETTER_BODY_MAX).safeParse(draftBody);
  const shownBody = body.success
    ? body.data
    : `*The preview stops here: the update is longer than ${formatCount(NEWSLETTER_BODY_MAX)} characters, so it can’t be sent. Shorten it to see it again.*`;
  const { html } = await renderStaffCopy(db, emailConfig(), { subject: shownSubject, body: shownBody });
  return html;
}
