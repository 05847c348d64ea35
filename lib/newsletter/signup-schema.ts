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
