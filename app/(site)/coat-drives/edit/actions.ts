"use server";

import { z } from "zod";
import { editLinkLimits } from "@/lib/coat-drives/drive-limits";
import { requestEditLinks } from "@/lib/coat-drives/request-edit-link";
import { db } from "@/lib/db";
import { email } from "@/lib/forms/fields";
import type { FormState } from "@/lib/forms/form-state";
import { publicAction } from "@/lib/forms/public-action";
import { enqueue } from "@/lib/queue/site-queue";

// "Email me a new link" for a drive's organiser: answered in the same words whether or not the
// address runs a drive, so the form tells nobody who organises what.

const LINK_SENT =
  "Thank you. If that address runs a coat drive with us, we’ve emailed it a new private link; any older link stops working. It can take a few minutes to arrive: please check your spam folder too.";

export const requestEditLinkAction = publicAction(
  {
    schema: z.object({ email: email({ missing: "Enter the email address you started your drive with" }) }),
    limits: { ...editLinkLimits, person: (input) => input.email },
    honeypot: { status: "success", message: LINK_SENT, values: { email: "" } },
    invalid: "Please check the address.",
    failed: "Sorry, something went wrong on our side. Please try again in a minute.",
    answerAt: { name: "coat-drive-new-link", page: "/coat-drives/edit", hash: "#new-link" },
    label: "coat-drive-new-link",
  },
  async (input, { sendEmail }): Promise<FormState> => {
    // Past a limit for this address the answer is the same; only the email is not sent.
    if (sendEmail) await requestEditLinks(db, enqueue, input.email);
    return { status: "success", message: LINK_SENT, values: { email: "" } };
  },
);
