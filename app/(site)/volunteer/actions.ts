"use server";

import { db } from "@/lib/db";
import { isoDate } from "@/lib/format/date";
import type { FormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { enqueue } from "@/lib/queue/runtime";
import type { Enqueue } from "@/lib/queue/jobs";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { consumePersonLimit } from "@/lib/rate-limit/per-person";
import { parseVolunteerApplication, typedValues, volunteerFields } from "@/lib/volunteers/application-schema";
import { submitVolunteerApplication } from "@/lib/volunteers/submit-application";
import { waitInWords } from "@/lib/rate-limit/wait-in-words";

// A public action: no sign-in, so it limits how often anyone may call it, beside the data it writes.

const sendNothing: Enqueue = async () => {};

const RECEIVED = "Thank you: your application has reached us. We’ve sent you an email to confirm it.";
const TRY_LATER = "Sorry, something went wrong on our side and your application was not saved. Please try again in a minute.";
export async function applyToVolunteerAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = volunteerFields(form);
  // The honeypot: people never see this field; bots fill it in. Answer as if all went well.
  if (String(form.get("website") ?? "") !== "") return { status: "success", outcome: "applied", message: RECEIVED };

  // "Not in the past" means the applicant's calendar: the charity works on UK and French time,
  // and London's day is the earlier of the two.
  const parsed = parseVolunteerApplication(fields, isoDate(new Date()));
  if (!parsed.ok) return { status: "error", message: "Please check the highlighted answers.", fieldErrors: parsed.fieldErrors, values: parsed.values };

  const values = typedValues(fields);
  try {
    const ip = await clientIp();
    const byIp = await consumeRateLimit("volunteerPerIp", ip);
    if (!byIp.ok) {
      return { status: "error", outcome: "limited", message: `We’ve had a lot of applications from your connection. Please try again in ${waitInWords(byIp.retryAfterSeconds)}.`, values };
    }
    // Counted per connection (lib/rate-limit/policies.ts): a stranger can't use up someone else's.
    const byEmail = await consumePersonLimit("volunteer", parsed.data.email, ip);
    if (!byEmail.ok) {
      return {
        status: "error",
        outcome: "limited",
        message: "We already have several applications from this email address today, so we haven’t saved another. A coordinator will be in touch; if something has changed, reply to the email we sent you.",
        values,
      };
    }
    // Past the inbox's daily cap the application is still saved; only the email is not sent.
    await submitVolunteerApplication(db, byEmail.sendEmail ? enqueue : sendNothing, parsed.data);
    return { status: "success", outcome: "applied", message: RECEIVED };
  } catch (error) {
    console.error("[volunteer] application failed", error);
    return { status: "error", message: TRY_LATER, values };
  }
}
