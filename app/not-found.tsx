import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/not-found-message";

export const metadata: Metadata = { title: "Page not found" };

// The root layout's not-found page: what a staff page's notFound() shows, and the staff door's
// 404 (lib/security/staff-door.ts). Addresses no route matches reach app/(site)/[...missing], which
// draws the same message inside the site's header and footer. Kept to the message and its links on
// purpose: Next writes this page, rendered, into the payload of every page on the site
// (docs/performance.md, "What a page carries").
export default function NotFound() {
  return (
    <main id="main" className="flex-1">
      <NotFoundMessage />
    </main>
  );
}
