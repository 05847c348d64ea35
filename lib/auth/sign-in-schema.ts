import { z } from "zod";
import { email } from "@/lib/forms/fields";

/** The staff sign-in form (and Auth.js's own endpoint, lib/auth/sign-in-limits.ts): one address. */
export const signInSchema = z.object({ email: email() });

export { signInLimits } from "./sign-in-form-limits";
