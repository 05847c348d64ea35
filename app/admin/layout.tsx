import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { allowed, currentStaff } from "@/lib/auth/current-staff";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { staffSections } from "@/lib/staff/sections";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: { default: "Staff area", template: "%s | Staff area" }, robots: { index: false, follow: false } };
// Reads the session (for the menu), so it blocks on the server like the staff pages do.
export const instant = false;

// The staff area's frame: who is signed in, the navigation (only the sections this member of
// staff may use) and signing out. It protects nothing: every page, action and route handler checks
// the session beside the data it touches; a visitor who is not staff (the sign-in page) gets the
// frame without the navigation.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const staff = await currentStaff();
  const items = staff ? staffSections.filter((s) => allowed(staff, s.role)).map(({ href, label }) => ({ href, label })) : [];
  return (
    <>
      <header className="bg-night text-white">
        <div className="container-page flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
          <Link href="/admin" className="font-serif text-xl font-semibold text-white no-underline">
            Staff area
          </Link>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            {staff ? (
              <>
                <p className="text-white/90">
                  Signed in as <strong className="text-white">{staff.email}</strong> ({staff.role === StaffRole.ADMIN ? "admin" : "editor"})
                </p>
                <form action={signOutAction}>
                  <button type="submit" className="min-h-11 font-semibold text-white underline underline-offset-3">
                    Sign out
                  </button>
                </form>
              </>
            ) : null}
            <Link href="/" className="text-white/90">
              View the site
            </Link>
          </div>
        </div>
        {staff ? <AdminNav items={items} /> : null}
      </header>
      <main id="main" className="container-page flex-1 py-10">
        {children}
      </main>
    </>
  );
}
