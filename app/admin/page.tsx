import type { Metadata } from "next";
import Link from "next/link";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: "Overview" };
export const instant = false;

// Editors publish and keep the appeal and drop-off points current; everything holding donors’,
// subscribers’ or volunteers’ personal data is for admins.
const sections = [
  { href: "/admin/posts", title: "Posts", summary: "Write, schedule and publish news and volunteer stories.", role: StaffRole.EDITOR },
  { href: "/admin/appeal", title: "The appeal", summary: "The home page’s copy, figures, goal, prices and video; coats received in kind.", role: StaffRole.EDITOR },
  { href: "/admin/donation-points", title: "Drop-off points", summary: "Where people can hand in a coat: add, edit, mark full or close.", role: StaffRole.EDITOR },
  { href: "/admin/donations", title: "Donations", summary: "Every gift, filtered and exported; Gift Aid claims for HMRC.", role: StaffRole.ADMIN },
  { href: "/admin/volunteers", title: "Volunteers", summary: "Applications to volunteer, and where each one stands.", role: StaffRole.ADMIN },
  { href: "/admin/subscribers", title: "Subscribers", summary: "The mailing list, and sending an update to it.", role: StaffRole.ADMIN },
  { href: "/admin/staff", title: "Staff", summary: "Invite colleagues as admins or editors; disable an account.", role: StaffRole.ADMIN },
  { href: "/admin/audit", title: "Audit log", summary: "Every change staff have made: who, what and when.", role: StaffRole.ADMIN },
] as const;

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
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sections.filter((s) => allowed(staff, s.role)).map((s) => (
          <li key={s.href} className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
            <h2 className="text-xl font-semibold"><Link href={s.href}>{s.title}</Link></h2>
            <p className="mt-1 text-ink-soft">{s.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
