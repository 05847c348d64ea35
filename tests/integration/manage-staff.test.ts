import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditFilterSchema, listAudit } from "@/lib/audit/list-audit";
import { sentenceText } from "@/lib/audit/describe-audit";
import { maySignIn } from "@/lib/auth/staff-access";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { changeStaffRole, setStaffDisabled } from "@/lib/staff/manage-staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function member(email: string, role: StaffRole) {
  return t.db.user.create({ data: { email, role } });
}

describe("managing staff", () => {
  it("changes a role, with the change in the audit log, and never one's own", async () => {
    const boss = await member("boss@example.org", StaffRole.ADMIN);
    const writer = await member("writer@example.org", StaffRole.EDITOR);
    expect(await changeStaffRole(t.db, boss, writer.id, StaffRole.ADMIN)).toEqual({ ok: true, message: "writer@example.org is now an admin." });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: writer.id } })).role).toBe(StaffRole.ADMIN);
    expect(await changeStaffRole(t.db, boss, boss.id, StaffRole.EDITOR)).toMatchObject({ ok: false });
    const log = await t.db.auditLog.findMany({ where: { subject: "writer@example.org" } });
    expect(log).toMatchObject([{ actorId: boss.id, action: "staff.role", details: { from: "EDITOR", to: "ADMIN" } }]);
  });

  it("signs a disabled member out at once and stops them signing in, even when ADMIN_EMAILS lists them", async () => {
    const boss = await member("chief@example.org", StaffRole.ADMIN);
    const leaver = await member("leaver@example.org", StaffRole.EDITOR);
    await t.db.session.create({ data: { sessionToken: "leaver-session", userId: leaver.id, expires: new Date(Date.now() + 3_600_000) } });
    expect(await setStaffDisabled(t.db, boss, leaver.id, true)).toMatchObject({ ok: true });
    expect(await t.db.session.count({ where: { userId: leaver.id } })).toBe(0);
    expect(await maySignIn(t.db, "leaver@example.org", ["leaver@example.org"])).toBe(false);
    expect(await setStaffDisabled(t.db, boss, leaver.id, false)).toMatchObject({ ok: true, message: "leaver@example.org can sign in again." });
    expect(await maySignIn(t.db, "leaver@example.org", [])).toBe(true);
    expect((await t.db.auditLog.findMany({ where: { subject: "leaver@example.org" }, orderBy: { createdAt: "asc" } })).map((e) => e.action)).toEqual([
      "staff.disable",
      "staff.enable",
    ]);
  });

  it("never leaves the charity without an admin, even when two admins disable each other at the same moment", async () => {
    const own = await createTestDatabase();
    try {
      const a = await own.db.user.create({ data: { email: "a@example.org", role: StaffRole.ADMIN } });
      const b = await own.db.user.create({ data: { email: "b@example.org", role: StaffRole.ADMIN } });
      const results = await Promise.all([setStaffDisabled(own.db, a, b.id, true), setStaffDisabled(own.db, b, a.id, true)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)?.message).toBe("That is the only active admin: make someone else an admin first.");
      expect(await own.db.user.count({ where: { role: StaffRole.ADMIN, disabledAt: null } })).toBe(1);
      const survivor = (await own.db.user.findFirstOrThrow({ where: { disabledAt: null } })).id;
      const other = survivor === a.id ? b : a;
      expect(await changeStaffRole(own.db, other, survivor, StaffRole.EDITOR)).toMatchObject({ ok: false });
      expect(await setStaffDisabled(own.db, { id: survivor }, survivor, true)).toEqual({ ok: false, message: "You can’t disable your own account." });
    } finally {
      await own.drop();
    }
  });

  it("lists the audit log newest first, filtered by change, person and subject", async () => {
    const all = await listAudit(t.db, auditFilterSchema.parse({}));
    expect(all.total).toBe(3);
    expect(all.rows[0]!.createdAt >= all.rows.at(-1)!.createdAt).toBe(true);
    expect(all.actions).toEqual(expect.arrayContaining(["staff.disable", "staff.enable", "staff.role"]));
    const byAction = await listAudit(t.db, auditFilterSchema.parse({ action: "staff.role" }));
    expect(byAction.rows.map((r) => r.subject)).toEqual(["writer@example.org"]);
    const byPrefix = await listAudit(t.db, auditFilterSchema.parse({ action: "staff", actor: "CHIEF@" }));
    expect(byPrefix.rows.map((r) => r.action)).toEqual(["staff.enable", "staff.disable"]);
    const bySubject = await listAudit(t.db, auditFilterSchema.parse({ subject: "nobody-here" }));
    expect(bySubject).toMatchObject({ total: 0, rows: [], totalPages: 1 });
    expect(auditFilterSchema.parse({ action: "'; DROP TABLE", page: "-3" })).toEqual({ action: undefined, actor: undefined, subject: undefined, page: 1 });
    // Each row reads as a sentence, linking to the member of staff it is about.
    const [role] = byAction.rows;
    expect(sentenceText(role!.sentence)).toBe("boss@example.org (admin) made writer@example.org an admin (was an editor).");
    const writer = await t.db.user.findUniqueOrThrow({ where: { email: "writer@example.org" } });
    expect(role!.sentence.parts).toContainEqual({ text: "writer@example.org", href: `/admin/staff/${writer.id}` });
  });
});
