import type { Metadata } from "next";
import Link from "next/link";
import { AdminsOnly } from "@/components/admin/admins-only";
import { NewsletterComposer } from "@/app/admin/newsletters/new/newsletter-composer";
import { PlaceholderHelp } from "@/components/admin/placeholder-help";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { findPriceFacts } from "@/lib/campaign/queries";
import { db } from "@/lib/db";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { countConfirmedSubscribers } from "@/lib/newsletter/admin-subscribers";
import { newSendToken } from "@/lib/newsletter/send-to-subscribers";

export const metadata: Metadata = { title: "Write an update" };
export const instant = false;

export default async function NewNewsletter() {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) {
    return <AdminsOnly reason="Only admins can send updates to the mailing list." />;
  }
  const [confirmed, facts] = await Promise.all([countConfirmedSubscribers(db), findPriceFacts(db)]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/newsletters" className="underline underline-offset-2 hover:text-ember-dark">
          ← Newsletters
        </Link>
      </p>
      <h1 className="text-4xl font-semibold">Write an update</h1>
      <p className="max-w-prose text-ink-soft">
        Keep it short and concrete: what the appeal has done since the last update, and the one thing that would help most now.
      </p>
      <PlaceholderHelp facts={facts} />
      <NewsletterComposer token={newSendToken()} confirmedCount={confirmed} staffEmail={staff.email} />
    </div>
  );
}
