import crypto from "node:crypto";
import { query } from "./support";

// Members of staff for tests that check who may do what, made as the database would hold them
// after signing in: a User row and a live Session row (Auth.js keeps sessions in the database).
// Signing in itself is tested in admin.spec.ts; these tests only need to be someone.

export type StaffKind = "admin" | "editor" | "disabled";

export type TestStaff = { id: string; email: string; cookie: string };

/** A new member of staff of this kind with a live session, and the Cookie header that carries it. */
export async function staffWithSession(kind: StaffKind, label: string): Promise<TestStaff> {
  const id = crypto.randomUUID();
  const email = `${label}-${kind}-${id.slice(0, 8)}@example.org`;
  const role = kind === "editor" ? "EDITOR" : "ADMIN";
  await query(`INSERT INTO "User" (id, email, role, "disabledAt", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, now(), now())`, [
    id,
    email,
    role,
    kind === "disabled" ? new Date() : null,
  ]);
  const token = crypto.randomBytes(32).toString("hex");
  await query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "createdAt", "updatedAt") VALUES ($1, $2, now() + interval '1 day', now(), now())`, [
    token,
    id,
  ]);
  return { id, email, cookie: `authjs.session-token=${token}` };
}

/** How many audit entries these members of staff have caused: every change staff make writes one. */
export async function auditEntriesBy(ids: string[]): Promise<number> {
  const rows = await query<{ n: string }>(`SELECT count(*) AS n FROM "AuditLog" WHERE "actorId" = ANY($1::text[])`, [ids]);
  return Number(rows[0]?.n ?? 0);
}
