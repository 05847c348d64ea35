import { describe, expect, it } from "vitest";
import { isStaffPage } from "@/lib/security/staff-door";

describe("the staff area's door", () => {
  it("stands in front of every staff page but the sign-in page", () => {
    for (const path of ["/admin", "/admin/", "/admin/posts", "/admin/posts/abc", "/admin/appeal/goal", "/admin/donations/export"]) {
      expect(isStaffPage(path), path).toBe(true);
    }
    for (const path of ["/admin/sign-in", "/admin/sign-in/", "/administrator", "/adminx", "/", "/news/admin", "/api/auth/session"]) {
      expect(isStaffPage(path), path).toBe(false);
    }
  });
});
