import type { Db } from "@/lib/db";
import { CoatDriveStatus } from "@/lib/generated/prisma/enums";
import type { ReportCoatsInput } from "./drive-schema";
import { driveFields } from "./queries";
import { isValidStopEmailsToken, tokenHash } from "./tokens";

// What the organiser does with the links emailed to them: no password, the token is the key.

/** The drive a private edit link opens, or null for a link that is not (or no longer) one. */
export async function findDriveByEditToken(db: Db, token: string) {
  const hash = tokenHash(token);
  if (!hash) return null;
  return db.coatDrive.findUnique({
    where: { editTokenHash: hash },
    select: {
      ...driveFields,
      version: true,
      reports: { select: { id: true, coats: true, status: true, createdAt: true }, orderBy: { createdAt: "desc" }, take: 20 },
    },
  });
}

/** Organisers report coats while the drive waits for approval, runs, or has just ended. */
const REPORTING: CoatDriveStatus[] = [CoatDriveStatus.PENDING_APPROVAL, CoatDriveStatus.LIVE, CoatDriveStatus.PAUSED, CoatDriveStatus.CLOSED];

/** A report of coats collected, waiting for staff to confirm it. */
export async function reportCoats(db: Db, driveId: string, input: ReportCoatsInput): Promise<"reported" | "closed"> {
  const drive = await db.coatDrive.findUnique({ where: { id: driveId }, select: { status: true } });
  if (!drive || !REPORTING.includes(drive.status)) return "closed";
  await db.coatDriveReport.create({ data: { driveId, coats: input.coats, note: input.note }, select: { id: true } });
  return "reported";
}

/** The organiser asks for no more emails about the drive (repeatable; the link carries an HMAC of the drive). */
export async function stopDriveEmails(db: Db, driveId: string, token: string, now: Date = new Date()): Promise<boolean> {
  if (!driveId || !isValidStopEmailsToken(driveId, token)) return false;
  await db.coatDrive.updateMany({ where: { id: driveId, emailsStoppedAt: null }, data: { emailsStoppedAt: now } });
  return (await db.coatDrive.count({ where: { id: driveId } })) === 1;
}
