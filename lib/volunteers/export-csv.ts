import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { spreadsheetCsv } from "@/lib/csv/spreadsheet-csv";
import { languageLabel } from "./options";
import { volunteerWhere, type VolunteerFilter } from "./admin-volunteers";

const day = (date: Date) => date.toISOString().slice(0, 10);
const yesNo = (value: boolean) => (value ? "yes" : "no");

/**
 * The applications matching the list's filters, oldest first, as CSV for a spreadsheet (cells
 * that would run as formulas are neutralised). The export itself is audit-logged: it carries
 * volunteers' personal details out of the system.
 */
export async function exportVolunteersCsv(db: Db, actorId: string, filter: VolunteerFilter): Promise<{ csv: string; count: number }> {
  const rows = await db.volunteerApplication.findMany({ where: volunteerWhere(filter), orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 100_000 });
  const filters = { ...(filter.status ? { status: filter.status } : {}), ...(filter.place ? { place: filter.place } : {}) };
  await recordAudit(db, { actorId, action: "volunteers.export", subject: `${rows.length} applications`, details: filters });
  const csv = spreadsheetCsv(
    rows.map((a) => ({
      id: a.id,
      applied: a.createdAt.toISOString(),
      status: a.status,
      name: a.name,
      email: a.email,
      phone: a.phone ?? "",
      place: a.place,
      from: day(a.availableFrom),
      to: day(a.availableTo),
      languages: a.languages.map(languageLabel).join("; "),
      otherLanguages: a.otherLanguages ?? "",
      drivingLicence: yesNo(a.drivingLicence),
      canDriveVan: yesNo(a.canDriveVan),
      confirmedAdult: a.confirmedAdultAt.toISOString(),
      note: a.note,
    })),
  );
  return { csv, count: rows.length };
}
