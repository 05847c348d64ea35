-- Coat drives (issue #18): supporters' own appeal pages, the coats organisers report, and the
-- drive a gift was made through.
--
-- Written by hand in the format `npm run db:migrate` writes: the Wasm schema engine behind it
-- panics while introspecting this database's CHECK constraints, so it could not generate it.

-- CreateEnum
CREATE TYPE "CoatDriveKind" AS ENUM ('SCHOOL', 'WORKPLACE', 'FAITH_GROUP', 'NEIGHBOURS', 'OTHER');

-- CreateEnum
CREATE TYPE "CoatDriveStatus" AS ENUM ('PENDING_CONFIRMATION', 'PENDING_APPROVAL', 'LIVE', 'PAUSED', 'CLOSED');

-- CreateEnum
CREATE TYPE "CoatDriveReportStatus" AS ENUM ('PENDING', 'CONFIRMED', 'REJECTED');

-- AlterTable
ALTER TABLE "Donation" ADD COLUMN     "driveId" TEXT,
ADD COLUMN     "showAmountOnDrive" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CoatDrive" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CoatDriveKind" NOT NULL,
    "goalCoats" INTEGER NOT NULL,
    "story" TEXT NOT NULL,
    "photoKey" TEXT,
    "photoAlt" TEXT,
    "endsOn" DATE,
    "status" "CoatDriveStatus" NOT NULL DEFAULT 'PENDING_CONFIRMATION',
    "organiserName" TEXT NOT NULL,
    "organiserEmail" TEXT NOT NULL,
    "confirmTokenHash" TEXT,
    "confirmTokenExpiresAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "editTokenHash" TEXT,
    "approvedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "emailsStoppedAt" TIMESTAMP(3),
    "digestThrough" TIMESTAMP(3),
    "goalReachedEmailedAt" TIMESTAMP(3),
    "endedEmailedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoatDrive_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoatDriveReport" (
    "id" TEXT NOT NULL,
    "driveId" TEXT NOT NULL,
    "coats" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "CoatDriveReportStatus" NOT NULL DEFAULT 'PENDING',
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoatDriveReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Donation_driveId_status_idx" ON "Donation"("driveId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CoatDrive_slug_key" ON "CoatDrive"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "CoatDrive_confirmTokenHash_key" ON "CoatDrive"("confirmTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "CoatDrive_editTokenHash_key" ON "CoatDrive"("editTokenHash");

-- CreateIndex
CREATE INDEX "CoatDrive_status_createdAt_idx" ON "CoatDrive"("status", "createdAt");

-- CreateIndex
CREATE INDEX "CoatDrive_organiserEmail_idx" ON "CoatDrive"("organiserEmail");

-- CreateIndex
CREATE INDEX "CoatDriveReport_driveId_status_idx" ON "CoatDriveReport"("driveId", "status");

-- AddForeignKey
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_driveId_fkey" FOREIGN KEY ("driveId") REFERENCES "CoatDrive"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoatDriveReport" ADD CONSTRAINT "CoatDriveReport_driveId_fkey" FOREIGN KEY ("driveId") REFERENCES "CoatDrive"("id") ON DELETE CASCADE ON UPDATE CASCADE;
