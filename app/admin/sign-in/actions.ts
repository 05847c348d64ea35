"use server";

import { signIn } from "@/lib/auth/auth";
import { signInLimits, signInSchema } from "@/lib/auth/sign-in-schema";
import { publicAction } from "@/lib/forms/public-action";

const MAYBE_SENT = "If that address belongs to a member of staff, a sign-in link is on its way.";

/** Asks for a sign-in link. Everyone gets the same answer; only staff get an email. */
export const requestSignInAction = publicAction(
  {
    schema: signInSchema,
    // Per address asked for, counted per connection: over it, quietly no email.
    limits: { ...signInLimits, person: (input) => input.email },
    failed: "Sorry, something went wrong on our side. Please try again in a minute.",
    label: "sign-in",
  },
  async ({ email }, { sendEmail }) => {
    if (!sendEmail) return { status: "success", message: MAYBE_SENT };
    // Throws the redirect to the "check your email" page.
    await signIn("email", { email, redirectTo: "/admin" });
    return { status: "success" };
  },
);
