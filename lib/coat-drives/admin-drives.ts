import { z } from "zod";
import type { Db } from "@/lib/db";
import { CoatDriveReportStatus, CoatDriveStatus } from "@/lib/generated/prisma/enums";
import { progressOfDrives } from "./queries";

/** The staff list's filter, from the query string (the page and the CSV read it alike). */
export const driveFilterSchema = z.object({
  status: z.enum(CoatDriveStatus).optional().catch(undefined),
});

export type DriveFilter = z.infer<typeof driveFilterSchema>;

export const driveWhere = (filter: DriveFilter) => (filter.status ? { status: filter.status } : {});

/** Every drive (staff see them all), newest first, with money and coats and reports waiting. */
export async function listDrivesForStaff(db: Db, filter: DriveFilter, counting: { livemode: boolean }) {
  const drives = await db.coatDrive.findMany({
    where: driveWhere(filter),
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      status: true,
      goalCoats: true,
      organiserName: true,
      organiserEmail: true,
      endsOn: true,
      createdAt: true,
      _count: { select: { reports: { where: { status: CoatDriveReportStatus.PENDING } } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  const progress = await progressOfDrives(db, drives, counting);
  return drives.map(({ _count, ...d }) => ({ ...d, reportsWaiting: _count.reports, progress: progress.get(d.id)! }));
}

/** One drive in full for staff: its details, progress, reports and latest gifts. */
export async function driveForStaff(db: Db, id: string, counting: { livemode: boolean }) {
  const drive = await db.coatDrive.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      status: true,
      goalCoats: true,
      story: true,
      photoKey: true,
      photoAlt: true,
      endsOn: true,
      organiserName: true,
      organiserEmail: true,
      confirmedAt: true,
      approvedAt: true,
      closedAt: true,
      emailsStoppedAt: true,
      version: true,
      createdAt: true,
      reports: { select: { id: true, coats: true, note: true, status: true, createdAt: true, decidedAt: true }, orderBy: { createdAt: "desc" } },
      donations: {
        where: { livemode: counting.livemode, status: { not: "PENDING" } },
        select: { id: true, status: true, amountPence: true, refundedPence: true, donorName: true, paidAt: true, createdAt: true },
        orderBy: { createdAt: "desc" },
        take: 20,
      },
    },
  });
  if (!drive) return null;
  const progress = (await progressOfDrives(db, [drive], counting)).get(drive.id)!;
  return { ...drive, progress };
}

/**
 * The drives' share of the appeal for the dashboard: money raised through drives (paid, less
 * refunds) and how many are live. The appeal's own total includes it.
 */
export async function drivesShare(db: Db, counting: { livemode: boolean }): Promise<{ live: number; raisedPence: number }> {
  const drives = await db.coatDrive.findMany({ where: { approvedAt: { not: null } }, select: { id: true, goalCoats: true, status: true } });
  const progress = await progressOfDrives(db, drives, counting);
  let raisedPence = 0;
  for (const p of progress.values()) raisedPence += p.raisedPence;
  return { live: drives.filter((d) => d.status === CoatDriveStatus.LIVE).length, raisedPence };
}
