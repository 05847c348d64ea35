import { z } from "zod";
import { email } from "@/lib/forms/fields";
import { signupSources } from "./consent";

/** The signup form at the boundary: the messages here are what the person reads. */
export const signupSchema = z.object({
  email: email(),
  source: z.enum(signupSources).catch("newsletter-page"),
});

export type SignupInput = z.infer<typeof signupSchema>;

export { signupLimits } from "./signup-limits";

/** What a signup answers, sent or not (the same either way, so it says nothing about the address). */
export const CHECK_INBOX = "Thank you! We’ve sent you an email: press the button in it to confirm your subscription. It can take a few minutes to arrive.";
