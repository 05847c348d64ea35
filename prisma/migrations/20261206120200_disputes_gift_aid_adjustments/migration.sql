-- Card disputes on donations (open, won, lost), and Gift Aid to repay when a gift whose Gift Aid
-- was already claimed is refunded or lost to a dispute afterwards: listed for the next claim.
--
-- Written by hand in the format `npm run db:migrate` writes (its schema engine panics here).

-- CreateEnum
CREATE TYPE "DisputeState" AS ENUM ('OPEN', 'WON', 'LOST');

-- AlterTable
ALTER TABLE "Donation" ADD COLUMN     "disputeClosedAt" TIMESTAMP(3),
ADD COLUMN     "disputeState" "DisputeState",
ADD COLUMN     "disputedAt" TIMESTAMP(3),
ADD COLUMN     "stripeDisputeId" TEXT;

-- AlterTable
ALTER TABLE "GiftAidClaim" ADD COLUMN     "adjustmentPence" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "GiftAidAdjustment" (
    "id" TEXT NOT NULL,
    "stripeEventId" TEXT NOT NULL,
    "donationId" TEXT NOT NULL,
    "claimedInId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "refundedPence" INTEGER NOT NULL,
    "giftAidPence" INTEGER NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "includedInClaimId" TEXT,

    CONSTRAINT "GiftAidAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GiftAidAdjustment_stripeEventId_key" ON "GiftAidAdjustment"("stripeEventId");

-- CreateIndex
CREATE INDEX "GiftAidAdjustment_includedInClaimId_idx" ON "GiftAidAdjustment"("includedInClaimId");

-- CreateIndex
CREATE INDEX "GiftAidAdjustment_donationId_idx" ON "GiftAidAdjustment"("donationId");

-- AddForeignKey
ALTER TABLE "GiftAidAdjustment" ADD CONSTRAINT "GiftAidAdjustment_donationId_fkey" FOREIGN KEY ("donationId") REFERENCES "Donation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GiftAidAdjustment" ADD CONSTRAINT "GiftAidAdjustment_includedInClaimId_fkey" FOREIGN KEY ("includedInClaimId") REFERENCES "GiftAidClaim"("id") ON DELETE SET NULL ON UPDATE CASCADE;
