import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { pageAfter, rowsInPages } from "@/lib/csv/rows-in-pages";
import { csvColumns, type SpreadsheetExport } from "@/lib/csv/spreadsheet-csv";
import { languageLabel } from "./options";
import { volunteerWhere, type VolunteerFilter } from "./admin-volunteers";

const day = (date: Date) => date.toISOString().slice(0, 10);
const yesNo = (value: boolean) => (value ? "yes" : "no");

const columns = csvColumns(
  "id",
  "applied",
  "status",
  "name",
  "email",
  "phone",
  "place",
  "from",
  "to",
  "languages",
  "otherLanguages",
  "drivingLicence",
  "canDriveVan",
  "confirmedAdult",
  "note",
);

/**
 * The applications matching the list's filters, oldest first, for a spreadsheet: every one (no
 * cap), read a page at a time as the file is written (lib/csv/rows-in-pages.ts); cells that would run as formulas are
 * neutralised by the CSV writer. The export itself is audit-logged: it carries volunteers'
 * personal details out of the system.
 */
export async function exportVolunteersCsv(db: Db, actorId: string, filter: VolunteerFilter): Promise<SpreadsheetExport<(typeof columns)[number]["key"]>> {
  const where = volunteerWhere(filter);
  const count = await db.volunteerApplication.count({ where });
  const filters = { ...(filter.status ? { status: filter.status } : {}), ...(filter.place ? { place: filter.place } : {}) };
  await recordAudit(db, { actorId, action: "volunteers.export", subject: `${count} applications`, details: filters });
  const applications = rowsInPages((after, take) =>
    db.volunteerApplication.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...pageAfter(after, take) }),
  );
  async function* rows() {
    for await (const a of applications) {
      yield {
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
      };
    }
  }
  return { columns, rows: rows(), count };
}
