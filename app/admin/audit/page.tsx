import type { Metadata } from "next";
import { AdminsOnly } from "@/components/admin/admins-only";
import { Pagination } from "@/components/pagination";
import { AuditSentence } from "@/components/admin/audit-sentence";
import { FilterSearch, FilterSelect, ListFilters } from "@/components/admin/list-filters";
import { StaffTable } from "@/components/admin/staff-table";
import { auditActionLabel } from "@/lib/audit/action-labels";
import { auditFilterSchema, listAudit } from "@/lib/audit/list-audit";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { formatLondonDateTime, LONDON_TIME } from "@/lib/format/london-time";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { formatCount } from "@/lib/format/money";

export const metadata: Metadata = { title: "Audit log" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) return <AdminsOnly reason="Only admins can read the audit log." />;
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  const filter = auditFilterSchema.parse(raw);
  const { rows, total, totalPages, actions } = await listAudit(db, filter);
  const href = (page: number) => `?${new URLSearchParams({ ...raw, page: String(page) })}`;
  const filtered = Boolean(filter.action || filter.actor || filter.subject);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-4xl font-semibold">Audit log</h1>
        <p className="mt-2 text-ink-soft">Every change staff make, newest first. Entries are never edited or removed.</p>
      </div>
      <ListFilters label="Filter the audit log" clearHref={filtered ? "/admin/audit" : undefined}>
        <FilterSelect name="action" label="Change" value={filter.action} options={actions.map((a) => ({ value: a, label: auditActionLabel(a) }))} any="Any" />
        <FilterSearch name="actor" label="By" value={filter.actor} placeholder="Email" />
        <FilterSearch name="subject" label="About" value={filter.subject} />
      </ListFilters>
      <p className="text-ink-soft" aria-live="polite">
        {total === 1 ? "1 change" : `${formatCount(total)} changes`}
        {filtered ? " match" : ""}.
      </p>
      {rows.length ? (
        <StaffTable caption="The audit log, newest first" columns={[{ key: "when", label: <>When ({LONDON_TIME})</> }, "What happened"]}>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-ink/10 align-top">
              <td className="py-2 pr-4 whitespace-nowrap">
                <time dateTime={r.createdAt.toISOString()}>{formatLondonDateTime(r.createdAt)}</time>
              </td>
              <td className="py-2 break-words">
                <AuditSentence sentence={r.sentence} />
              </td>
            </tr>
          ))}
        </StaffTable>
      ) : (
        <p className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">{filtered ? "No changes match those filters." : "No staff changes yet."}</p>
      )}
      <Pagination page={Math.min(filter.page, totalPages)} totalPages={totalPages} href={href} />
    </div>
  );
}
