import { z } from "zod";
import { signupSources } from "./consent";

/** The signup form at the boundary: the messages here are what the person reads. */
export const signupSchema = z.object({
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .min(1, "Enter your email address")
    .max(254, "That address is too long: email addresses have at most 254 characters")
    .regex(/^[^\r\n]*$/, "Enter a single email address on one line")
    .pipe(z.email("Enter an email address in the form name@example.org"))
    .transform((v) => v.toLowerCase()),
  source: z.enum(signupSources).catch("newsletter-page"),
});

export type SignupInput = z.infer<typeof signupSchema>;
