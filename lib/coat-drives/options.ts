import { labelOf } from "@/lib/format/label";
import { CoatDriveKind, CoatDriveStatus } from "@/lib/generated/prisma/enums";

// The words for a drive's kind and status, in one place for the forms, pages, emails and CSV.

export const driveKinds = [
  { value: CoatDriveKind.SCHOOL, label: "A school" },
  { value: CoatDriveKind.WORKPLACE, label: "A workplace" },
  { value: CoatDriveKind.FAITH_GROUP, label: "A faith group" },
  { value: CoatDriveKind.NEIGHBOURS, label: "Neighbours" },
  { value: CoatDriveKind.OTHER, label: "Something else" },
] as const;

export const kindLabel = (kind: CoatDriveKind): string => labelOf(driveKinds, kind);

export const driveStatuses = [
  { value: CoatDriveStatus.PENDING_CONFIRMATION, label: "Waiting for the organiser to confirm" },
  { value: CoatDriveStatus.PENDING_APPROVAL, label: "Waiting for approval" },
  { value: CoatDriveStatus.LIVE, label: "Live" },
  { value: CoatDriveStatus.PAUSED, label: "Paused" },
  { value: CoatDriveStatus.CLOSED, label: "Closed" },
] as const;

export const statusLabel = (status: CoatDriveStatus): string => labelOf(driveStatuses, status);

/** Statuses whose page the public may see: live ones take gifts; closed ones say they ended. */
export const publicStatuses: CoatDriveStatus[] = [CoatDriveStatus.LIVE, CoatDriveStatus.CLOSED];
