"use server";

import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import type { FormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { consumePersonLimit } from "@/lib/rate-limit/per-person";
import { waitInWords } from "@/lib/rate-limit/wait-in-words";

const schema = z.object({
  email: z.string().trim().max(254, "That address is too long").regex(/^[^\r\n]*$/, "Enter one email address").pipe(z.email("Enter an email address in the form name@example.org")),
});

/** Asks for a sign-in link. Everyone gets the same answer; only staff get an email. */
export async function requestSignInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = { email: String(form.get("email") ?? "").slice(0, 300) };
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: { email: parsed.error.issues[0]?.message ?? "Enter your email address" }, values };
  const email = parsed.data.email.toLowerCase();
  const ip = await clientIp();
  const byIp = await consumeRateLimit("signInPerIp", ip);
  if (!byIp.ok) return { status: "error", message: `Too many attempts. Please try again in ${waitInWords(byIp.retryAfterSeconds)}.`, values };
  // Per address asked for, counted per connection (lib/rate-limit/policies.ts): quietly no email.
  const byEmail = await consumePersonLimit("signIn", email, ip);
  if (!byEmail.ok || !byEmail.sendEmail) return { status: "success", message: "If that address belongs to a member of staff, a sign-in link is on its way." };
  // Throws the redirect to the "check your email" page.
  await signIn("email", { email, redirectTo: "/admin" });
  return { status: "success" };
}
