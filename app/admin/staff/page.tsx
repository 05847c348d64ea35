import type { Metadata } from "next";
import Link from "next/link";
import { AdminsOnly } from "@/components/admin/admins-only";
import { AuditSentence } from "@/components/admin/audit-sentence";
import { StaffTable } from "@/components/admin/staff-table";
import { InviteForm } from "@/app/admin/staff/invite-form";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { recentAudit } from "@/lib/audit/list-audit";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { formatUkDate } from "@/lib/format/date";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { formatLondonDateTime, LONDON_TIME } from "@/lib/format/london-time";

export const metadata: Metadata = { title: "Staff" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffPage({ searchParams }: Props) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) {
    return <AdminsOnly reason="Only admins can see and invite staff." />;
  }
  // An invitation posted without script comes back here with its answer kept (lib/forms/kept-answers.ts).
  const [members, log, answer] = await Promise.all([
    db.user.findMany({ select: { id: true, email: true, role: true, createdAt: true, disabledAt: true }, orderBy: { createdAt: "asc" } }),
    recentAudit(db, 20),
    searchParams.then((query) => keptAnswerFor(db, query.answer, { staffId: staff.id, page: "/admin/staff" })),
  ]);
  return (
    <div className="space-y-10">
      <h1 className="text-4xl font-semibold">Staff</h1>
      <div className="grid gap-10 lg:grid-cols-[3fr_2fr]">
        <StaffTable caption="Members of staff" columns={["Email", "Role", "Since"]}>
          {members.map((m) => (
            <tr key={m.id} className="border-b border-ink/10">
              <td className="py-2 pr-4">
                <Link href={`/admin/staff/${m.id}`}>{m.email}</Link>
              </td>
              <td className="py-2 pr-4">
                {m.role === StaffRole.ADMIN ? "Admin" : "Editor"}
                {m.disabledAt ? " (disabled)" : ""}
              </td>
              <td className="py-2">{formatUkDate(m.createdAt)}</td>
            </tr>
          ))}
        </StaffTable>
        <InviteForm answer={answer} />
      </div>
      <section aria-labelledby="audit">
        <h2 id="audit" className="text-2xl font-semibold">
          Recent changes
        </h2>
        <p className="mt-1 text-sm text-ink-muted">Times are {LONDON_TIME}.</p>
        {log.length ? (
          <ul className="mt-3 space-y-1 text-ink-soft">
            {log.map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.createdAt.toISOString()}>{formatLondonDateTime(entry.createdAt)}</time>: <AuditSentence sentence={entry.sentence} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-ink-soft">No changes yet.</p>
        )}
        <p className="mt-3">
          <Link href="/admin/audit">The full audit log</Link>
        </p>
      </section>
    </div>
  );
}
