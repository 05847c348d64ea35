"use server";

import { db } from "@/lib/db";
import { publicAction } from "@/lib/forms/public-action";
import { CHECK_INBOX, signupLimits, signupSchema } from "@/lib/newsletter/signup-schema";
import { subscribe } from "@/lib/newsletter/subscribe";
import { enqueue } from "@/lib/queue/site-queue";

// The newsletter signup's action. It lives beside the shared form that posts to it (every public
// page's footer, and /newsletter, carry that form), not under app/, which shared components never import.

const TRY_LATER = "Sorry, something went wrong on our side. Please try again in a minute.";

/**
 * Where a plain post's answer is kept and shown: /newsletter, at its signup box, whichever page's
 * box was used (the footer is on cached pages, the same for everyone).
 */
const signupAnswerAt = { name: "signup", page: "/newsletter", hash: "#signup" };

/** A newsletter signup (lib/forms/public-action.ts): the same answer whether or not an email goes. */
export const subscribeAction = publicAction(
  {
    schema: signupSchema,
    // Over either per-address limit, quietly send nothing more: the answer must not differ.
    limits: { ...signupLimits, person: (input) => input.email },
    honeypot: { status: "success", outcome: "queued", message: CHECK_INBOX, values: { email: "" } },
    invalid: "Please check the address.",
    failed: TRY_LATER,
    answerAt: signupAnswerAt,
    label: "newsletter",
  },
  async (input, { sendEmail }) => {
    if (sendEmail) await subscribe(db, enqueue, input);
    return { status: "success", outcome: "queued", message: CHECK_INBOX, values: { email: "" } };
  },
);
