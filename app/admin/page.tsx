import type { Metadata } from "next";
import Link from "next/link";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: "Overview" };
export const instant = false;

export default async function AdminHome() {
  const staff = await requireStaff();
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-4xl font-semibold">Staff area</h1>
          <p className="mt-2 text-ink-soft">
            Signed in as <strong className="text-ink">{staff.email}</strong> ({staff.role === StaffRole.ADMIN ? "admin" : "editor"}).
          </p>
        </div>
        <form action={signOutAction}>
          <button type="submit" className="btn-secondary">Sign out</button>
        </form>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2">
        <li className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
          <h2 className="text-xl font-semibold"><Link href="/admin/posts">Posts</Link></h2>
          <p className="mt-1 text-ink-soft">Write, schedule and publish news and volunteer stories.</p>
        </li>
        {allowed(staff, StaffRole.ADMIN) ? (
          <li className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
            <h2 className="text-xl font-semibold"><Link href="/admin/donations">Donations</Link></h2>
            <p className="mt-1 text-ink-soft">Every gift, filtered and exported; Gift Aid claims for HMRC.</p>
          </li>
        ) : null}
        {allowed(staff, StaffRole.ADMIN) ? (
          <li className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
            <h2 className="text-xl font-semibold"><Link href="/admin/staff">Staff</Link></h2>
            <p className="mt-1 text-ink-soft">Invite colleagues as admins or editors.</p>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
