import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/app/admin/sign-in/sign-in-form";
import { currentStaff } from "@/lib/auth/current-staff";
import { email } from "@/lib/forms/fields";

export const metadata: Metadata = { title: "Sign in" };

// Rendered in full before sending: the form must work without JavaScript.
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const errors: Record<string, string> = {
  Verification: "That sign-in link has expired or has been used already. Ask for a new one below.",
  AccessDenied: "That address can’t sign in here. Ask an admin to invite you.",
};

/**
 * The address an invitation's link fills in (`?email=`), when it looks like one: only ever a
 * default for the field, which the person can see and change; anything else is ignored.
 */
function invitedAddress(value: unknown): string {
  if (typeof value !== "string") return "";
  const parsed = email().safeParse(value);
  return parsed.success ? parsed.data : "";
}

export default async function SignInPage({ searchParams }: Props) {
  if (await currentStaff()) redirect("/admin");
  const { sent, error, signedOut, email: invited } = await searchParams;
  if (sent) {
    return (
      <div role="status" className="max-w-xl">
        <h1 className="text-4xl font-semibold">Check your email</h1>
        <p className="mt-4 text-lg text-ink-soft">If that address belongs to a member of staff, a sign-in link is on its way. It works once, for 15 minutes.</p>
      </div>
    );
  }
  return (
    <div className="max-w-xl">
      <h1 className="text-4xl font-semibold">Sign in to the staff area</h1>
      {signedOut ? (
        <p role="status" className="mt-4 text-lg">
          You’ve signed out.
        </p>
      ) : null}
      {typeof error === "string" ? (
        <p role="alert" className="mt-4 rounded-2xl border-2 border-ember bg-white p-4 font-semibold text-ember-dark">
          {errors[error] ?? "Sign-in didn’t work. Please ask for a new link."}
        </p>
      ) : null}
      <p className="mt-4 text-lg text-ink-soft">We’ll email you a link that signs you in. No password needed.</p>
      <SignInForm initialEmail={invitedAddress(invited)} />
    </div>
  );
}
