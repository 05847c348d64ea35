import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: { default: "Staff area", template: "%s | Staff area" }, robots: { index: false, follow: false } };

// The staff area's frame. It checks nothing itself: every page, action and route handler checks
// the session beside the data it touches.
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="bg-night text-white">
        <div className="container-page flex items-center justify-between py-4">
          <Link href="/admin" className="font-serif text-xl font-semibold text-white no-underline">
            Staff area
          </Link>
          <Link href="/" className="text-white/90">
            View the site
          </Link>
        </div>
      </header>
      <main id="main" className="container-page flex-1 py-10">
        {children}
      </main>
    </>
  );
}
