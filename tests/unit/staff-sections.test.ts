import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { adminsOnlyPage } from "@/lib/security/staff-door";
import { adminsOnlyReason, isAdminsOnlyPage, sectionOf } from "@/lib/staff/sections";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { editablePages } from "@/lib/site-pages/editable-pages";

/** Every staff page in the app, as its address ("/admin/donations/[id]" → "/admin/donations/x"). */
function staffPages(): { address: string; source: string }[] {
  const root = path.resolve("app/admin");
  const found: { address: string; source: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx") {
        const rel = path.relative(root, dir).split(path.sep).join("/");
        found.push({ address: `/admin${rel ? `/${rel}` : ""}`.replace(/\[[^\]]+\]/g, "x"), source: fs.readFileSync(full, "utf8") });
      }
    }
  };
  walk(root);
  return found;
}

describe("the staff area's sections", () => {
  it("marks the admins' pages, and leaves editors theirs", () => {
    for (const p of [
      "/admin/donations",
      "/admin/donations/abc",
      "/admin/donations/problems",
      "/admin/gift-aid",
      "/admin/volunteers/abc",
      "/admin/subscribers",
      "/admin/newsletters/new",
      "/admin/staff/abc",
      "/admin/audit",
    ]) {
      expect(isAdminsOnlyPage(p), p).toBe(true);
    }
    for (const p of [
      "/admin",
      "/admin/posts",
      "/admin/posts/new",
      "/admin/appeal/goal",
      "/admin/appeal/in-kind",
      "/admin/donation-points/abc/close",
      "/admin/sign-in",
      "/admin/donationsx",
      "/admin/staffroom",
    ]) {
      expect(isAdminsOnlyPage(p), p).toBe(false);
    }
    // Site pages: editors edit /about; the legal statements are admins' (403 to editors at the door).
    expect(isAdminsOnlyPage("/admin/pages")).toBe(false);
    expect(isAdminsOnlyPage("/admin/pages/about")).toBe(false);
    expect(isAdminsOnlyPage("/admin/pages/privacy")).toBe(true);
    expect(isAdminsOnlyPage("/admin/pages/accessibility")).toBe(true);
    expect(sectionOf("/admin/pages/privacy")?.label).toBe("Site pages");
    expect(sectionOf("/admin/appeal/in-kind")?.label).toBe("The appeal");
    expect(sectionOf("/admin")?.label).toBe("Overview");
  });

  // The door answers 403 by address; each page still checks the role itself. The two must agree:
  // a page that turns editors away is in an admins' section (so the answer is a 403), and every
  // page in an admins' section turns editors away (so the door never hides a page editors may use).
  it("agrees with the pages: exactly the pages that tell editors “Admins only” are in admins' sections", () => {
    // The site page editor refuses editors for some pages only: one address per page it edits.
    const pages = staffPages().flatMap((p) =>
      p.address === "/admin/pages/x"
        ? editablePages.map((page) => ({ address: `/admin/pages/${page.slug}`, source: page.role === StaffRole.ADMIN ? p.source : "" }))
        : [p],
    );
    expect(pages.length).toBeGreaterThan(20);
    const refusing = pages
      .filter((p) => p.source.includes("<AdminsOnly"))
      .map((p) => p.address)
      .sort();
    const inAdminsSections = pages
      .filter((p) => isAdminsOnlyPage(p.address))
      .map((p) => p.address)
      .sort();
    expect(inAdminsSections).toEqual(refusing);
  });

  it("gives the door the reason for every admins' address, in the words the section's pages use, and none for editors' pages", () => {
    const pages = staffPages();
    for (const { address, source } of pages.filter((p) => isAdminsOnlyPage(p.address))) {
      const reason = adminsOnlyReason(address);
      expect(reason, address).toMatch(/^Only admins can /);
      // Record pages may say it their own way ("manage staff"); each section's list page says it the same.
      if (sectionOf(address)?.href === address) expect(source, address).toContain(`reason="${reason}"`);
    }
    for (const address of ["/admin", "/admin/posts/x", "/admin/appeal/goal", "/admin/donation-points/new"])
      expect(adminsOnlyReason(address), address).toBeNull();
  });

  it("answers with a page that says why and leads back, its words escaped", () => {
    const html = adminsOnlyPage("Only admins can see <donations> & gifts.");
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain("<title>Admins only</title>");
    expect(html).toContain("<h1>Admins only</h1>");
    expect(html).toContain("Only admins can see &#60;donations&#62; &#38; gifts.");
    expect(html).toContain('<a href="/admin">Back to the staff area</a>');
  });
});
