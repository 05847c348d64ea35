import type { Metadata } from "next";
import { AdminsOnly } from "@/components/admin/admins-only";
import { Pagination } from "@/components/pagination";
import { AuditSentence } from "@/components/admin/audit-sentence";
import { auditActionLabel } from "@/lib/audit/action-labels";
import { auditFilterSchema, listAudit } from "@/lib/audit/list-audit";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { formatLondonDateTime, LONDON_TIME } from "@/lib/format/london-time";
import { StaffRole } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Audit log" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const field = "min-h-11 rounded-xl border-2 border-ink/25 bg-white px-3";

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
      <form className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter the audit log">
        <div>
          <label htmlFor="a-action" className="block font-semibold">
            Change
          </label>
          <select id="a-action" name="action" defaultValue={filter.action ?? ""} className={field}>
            <option value="">Any</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {auditActionLabel(a)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="a-actor" className="block font-semibold">
            By
          </label>
          <input id="a-actor" name="actor" defaultValue={filter.actor ?? ""} placeholder="Email" className={field} />
        </div>
        <div>
          <label htmlFor="a-subject" className="block font-semibold">
            About
          </label>
          <input id="a-subject" name="subject" defaultValue={filter.subject ?? ""} className={field} />
        </div>
        <button type="submit" className="btn-secondary">
          Filter
        </button>
        {filtered ? (
          <a href="/admin/audit" className="min-h-11 content-center">
            Clear
          </a>
        ) : null}
      </form>
      <p className="text-ink-soft" aria-live="polite">
        {total === 1 ? "1 change" : `${total.toLocaleString("en-GB")} changes`}
        {filtered ? " match" : ""}.
      </p>
      {rows.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Staff changes, newest first</caption>
            <thead>
              <tr className="border-b border-ink/20">
                <th scope="col" className="py-2 pr-4">
                  When ({LONDON_TIME})
                </th>
                <th scope="col" className="py-2">
                  What happened
                </th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      ) : (
        <p className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">{filtered ? "No changes match those filters." : "No staff changes yet."}</p>
      )}
      <Pagination page={Math.min(filter.page, totalPages)} totalPages={totalPages} href={href} />
    </div>
  );
}
