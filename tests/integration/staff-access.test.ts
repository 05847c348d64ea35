import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasRole, maySignIn } from "@/lib/auth/staff-access";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { DEMO_ADMIN_EMAIL, seed } from "../../prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
});
afterAll(() => t.drop());

describe("who may sign in", () => {
  it("lets in active staff and ADMIN_EMAILS, in any letter case, and nobody else", async () => {
    await t.db.user.create({ data: { email: "former@example.org", role: StaffRole.EDITOR, disabledAt: new Date() } });
    expect(await maySignIn(t.db, DEMO_ADMIN_EMAIL.toUpperCase(), [])).toBe(true);
    expect(await maySignIn(t.db, "boss@example.org", ["boss@example.org"])).toBe(true);
    expect(await maySignIn(t.db, "former@example.org", [])).toBe(false);
    expect(await maySignIn(t.db, "stranger@example.org", [])).toBe(false);
  });

  it("gives admins everything editors have, and not the other way round", () => {
    expect(hasRole(StaffRole.ADMIN, StaffRole.EDITOR)).toBe(true);
    expect(hasRole(StaffRole.ADMIN, StaffRole.ADMIN)).toBe(true);
    expect(hasRole(StaffRole.EDITOR, StaffRole.EDITOR)).toBe(true);
    expect(hasRole(StaffRole.EDITOR, StaffRole.ADMIN)).toBe(false);
  });
});
