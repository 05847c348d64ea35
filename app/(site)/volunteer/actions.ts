"use server";

import { db } from "@/lib/db";
import { isoDate } from "@/lib/format/date";
import { publicAction } from "@/lib/forms/public-action";
import { enqueue } from "@/lib/queue/site-queue";
import type { Enqueue } from "@/lib/queue/jobs";
import { volunteerApplicationSchema, volunteerLimits } from "@/lib/volunteers/application-schema";
import { submitVolunteerApplication } from "@/lib/volunteers/submit-application";

const sendNothing: Enqueue = async () => {};

const RECEIVED = "Thank you: your application has reached us. We’ve sent you an email to confirm it.";

/** A volunteer application (lib/forms/public-action.ts: honeypot, schema, limits, then the work). */
export const applyToVolunteerAction = publicAction(
  {
    // "Not in the past" means the applicant's calendar: the charity works on UK and French time,
    // and London's day is the earlier of the two.
    schema: () => volunteerApplicationSchema(isoDate(new Date())),
    limits: { ...volunteerLimits, person: (application) => application.email },
    honeypot: { status: "success", outcome: "applied", message: RECEIVED },
    invalid: "Please check the highlighted answers.",
    failed: "Sorry, something went wrong on our side and your application was not saved. Please try again in a minute.",
    personRefusal:
      "We already have several applications from this email address today, so we haven’t saved another. A coordinator will be in touch; if something has changed, reply to the email we sent you.",
    lists: ["languages"],
    label: "volunteer",
  },
  async (application, { sendEmail }) => {
    // Past the inbox's daily cap the application is still saved; only the email is not sent.
    await submitVolunteerApplication(db, sendEmail ? enqueue : sendNothing, application);
    return { status: "success", outcome: "applied", message: RECEIVED };
  },
);
