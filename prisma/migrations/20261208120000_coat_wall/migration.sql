-- The #Coat4Calais coat wall (issue #17): supporters' photos with the coat they give, confirmed by
-- email, approved by staff, reportable, and deletable at once through a private link.
--
-- Written by hand in the format `npm run db:migrate` writes: the Wasm schema engine behind it
-- panics while introspecting this database's CHECK constraints, so it could not generate it.

-- CreateEnum
CREATE TYPE "CoatPhotoStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'REMOVED');

-- CreateTable
CREATE TABLE "CoatPhoto" (
    "id" TEXT NOT NULL,
    "status" "CoatPhotoStatus" NOT NULL DEFAULT 'PENDING',
    "imageId" TEXT,
    "width" INTEGER NOT NULL DEFAULT 0,
    "height" INTEGER NOT NULL DEFAULT 0,
    "firstName" TEXT NOT NULL,
    "town" TEXT NOT NULL DEFAULT '',
    "message" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL,
    "donationPointId" TEXT,
    "nonce" TEXT NOT NULL,
    "confirmTokenHash" TEXT,
    "confirmTokenExpiresAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "deleteTokenHash" TEXT NOT NULL,
    "consentedAt" TIMESTAMP(3) NOT NULL,
    "reportCount" INTEGER NOT NULL DEFAULT 0,
    "approvedAt" TIMESTAMP(3),
    "inKindDeliveryId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoatPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CoatPhoto_imageId_key" ON "CoatPhoto"("imageId");

-- CreateIndex
CREATE UNIQUE INDEX "CoatPhoto_confirmTokenHash_key" ON "CoatPhoto"("confirmTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "CoatPhoto_deleteTokenHash_key" ON "CoatPhoto"("deleteTokenHash");

-- CreateIndex
CREATE INDEX "CoatPhoto_status_approvedAt_idx" ON "CoatPhoto"("status", "approvedAt");

-- CreateIndex
CREATE INDEX "CoatPhoto_donationPointId_status_approvedAt_idx" ON "CoatPhoto"("donationPointId", "status", "approvedAt");

-- CreateIndex
CREATE INDEX "CoatPhoto_status_confirmedAt_idx" ON "CoatPhoto"("status", "confirmedAt");

-- AddForeignKey
ALTER TABLE "CoatPhoto" ADD CONSTRAINT "CoatPhoto_donationPointId_fkey" FOREIGN KEY ("donationPointId") REFERENCES "DonationPoint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoatPhoto" ADD CONSTRAINT "CoatPhoto_inKindDeliveryId_fkey" FOREIGN KEY ("inKindDeliveryId") REFERENCES "InKindDelivery"("id") ON DELETE SET NULL ON UPDATE CASCADE;
