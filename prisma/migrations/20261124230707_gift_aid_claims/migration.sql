-- AlterTable
ALTER TABLE "Donation" ADD COLUMN     "giftAidClaimId" TEXT;

-- CreateTable
CREATE TABLE "GiftAidClaim" (
    "id" TEXT NOT NULL,
    "createdById" TEXT,
    "donationCount" INTEGER NOT NULL,
    "totalPence" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GiftAidClaim_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_giftAidClaimId_fkey" FOREIGN KEY ("giftAidClaimId") REFERENCES "GiftAidClaim"("id") ON DELETE SET NULL ON UPDATE CASCADE;
