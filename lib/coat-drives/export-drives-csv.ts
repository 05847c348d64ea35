import { recordAudit } from "@/lib/audit/record-audit";
import { pageAfter, rowsInPages } from "@/lib/csv/rows-in-pages";
import { CsvNumber, csvColumns, type SpreadsheetExport } from "@/lib/csv/spreadsheet-csv";
import type { Db } from "@/lib/db";
import { driveWhere, type DriveFilter } from "./admin-drives";
import { kindLabel } from "./options";
import { progressOfDrives } from "./queries";

const columns = csvColumns(
  "id",
  "started",
  "status",
  "name",
  "address",
  "kind",
  "organiser",
  "organiserEmail",
  "goalCoats",
  "coatsFunded",
  "coatsReported",
  "coatsTowardGoal",
  "raisedPounds",
  "gifts",
  "endsOn",
);

/**
 * Every drive matching the list's filter, oldest first, with its money and coats, for a
 * spreadsheet: read a page at a time as the file is written (no cap), through the one CSV writer
 * and its guard against cells a spreadsheet would run. The export is audit-logged: it carries
 * organisers' addresses out of the system.
 */
export async function exportDrivesCsv(
  db: Db,
  actorId: string,
  filter: DriveFilter,
  counting: { livemode: boolean },
): Promise<SpreadsheetExport<(typeof columns)[number]["key"]>> {
  const where = driveWhere(filter);
  const count = await db.coatDrive.count({ where });
  await recordAudit(db, { actorId, action: "coat-drives.export", subject: `${count} coat drives`, details: filter.status ? { status: filter.status } : {} });
  const pages = rowsInPages(async (after, take) => {
    const drives = await db.coatDrive.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...pageAfter(after, take) });
    const progress = await progressOfDrives(db, drives, counting);
    return drives.map((d) => ({ ...d, progress: progress.get(d.id)! }));
  });
  async function* rows() {
    for await (const d of pages) {
      yield {
        id: d.id,
        started: d.createdAt.toISOString(),
        status: d.status,
        name: d.name,
        address: `/coat-drives/${d.slug}`,
        kind: kindLabel(d.kind),
        organiser: d.organiserName,
        organiserEmail: d.organiserEmail,
        goalCoats: CsvNumber.of(d.goalCoats),
        coatsFunded: CsvNumber.of(d.progress.coatsFunded),
        coatsReported: CsvNumber.of(d.progress.coatsHandedIn),
        coatsTowardGoal: CsvNumber.of(d.progress.coatsTowardGoal),
        raisedPounds: CsvNumber.pounds(d.progress.raisedPence),
        gifts: CsvNumber.of(d.progress.donationCount),
        endsOn: d.endsOn ? d.endsOn.toISOString().slice(0, 10) : "",
      };
    }
  }
  return { columns, rows: rows(), count };
}
