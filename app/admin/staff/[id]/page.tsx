import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminsOnly } from "@/components/admin/admins-only";
import { AccessForm, RoleForm } from "@/app/admin/staff/[id]/staff-member-forms";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { formatUkDate } from "@/lib/format/date";
import { StaffRole } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Member of staff" };
export const instant = false;

export default async function StaffMemberPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) return <AdminsOnly reason="Only admins can manage staff." />;
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // A form posted without script comes back here with its answer kept (lib/forms/kept-answers.ts).
  const answer = await keptAnswerFor(db, query.answer, { staffId: staff.id, page: `/admin/staff/${encodeURIComponent(id)}` });
  const member = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      role: true,
      createdAt: true,
      disabledAt: true,
      invitedById: true,
      sessions: { select: { updatedAt: true }, orderBy: { updatedAt: "desc" }, take: 1 },
    },
  });
  if (!member) notFound();
  const inviter = member.invitedById ? await db.user.findUnique({ where: { id: member.invitedById }, select: { email: true } }) : null;
  const self = member.id === staff.id;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/staff">← All staff</Link>
      </p>
      <div>
        <h1 className="text-4xl font-semibold break-words">{member.email}</h1>
        <dl className="mt-4 grid gap-x-6 gap-y-1 text-ink-soft sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold text-ink">Role</dt>
          <dd>
            {member.role === StaffRole.ADMIN ? "Admin" : "Editor"}
            {member.disabledAt ? ` (disabled ${formatUkDate(member.disabledAt)})` : ""}
          </dd>
          <dt className="font-semibold text-ink">Staff since</dt>
          <dd>
            {formatUkDate(member.createdAt)}
            {inviter ? `, invited by ${inviter.email}` : ""}
          </dd>
          <dt className="font-semibold text-ink">Last active</dt>
          <dd>{member.sessions[0] ? formatUkDate(member.sessions[0].updatedAt) : "Not signed in now"}</dd>
        </dl>
      </div>
      {self ? (
        <p className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">This is you. Another admin can change your role or access.</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <RoleForm id={member.id} role={member.role} answer={answer} />
          <AccessForm id={member.id} email={member.email} disabled={member.disabledAt !== null} answer={answer} />
        </div>
      )}
      <p>
        <Link href={`/admin/audit?subject=${encodeURIComponent(member.email)}`}>Changes made to this account</Link>
      </p>
    </div>
  );
}
