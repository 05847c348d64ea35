/*
  Warnings:

  - A unique constraint covering the columns `[attemptKey]` on the table `Donation` will be added. If there are existing duplicate values, this will fail.
  - A unique constraint covering the columns `[stripeSessionId]` on the table `Donation` will be added. If there are existing duplicate values, this will fail.
  - A unique constraint covering the columns `[stripePaymentIntentId]` on the table `Donation` will be added. If there are existing duplicate values, this will fail.
  - A unique constraint covering the columns `[stripeInvoiceId]` on the table `Donation` will be added. If there are existing duplicate values, this will fail.
  - Added the required column `attemptKey` to the `Donation` table without a default value. This is not possible if the table is not empty.

*/
-- CreateEnum
CREATE TYPE "GiftAidScope" AS ENUM ('THIS_DONATION', 'ENDURING');

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "countOtherGiftsAsCoats" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "feeBasisPoints" INTEGER NOT NULL DEFAULT 150,
ADD COLUMN     "feeFixedPence" INTEGER NOT NULL DEFAULT 20;

-- AlterTable
ALTER TABLE "Donation" ADD COLUMN     "anonymous" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "attemptKey" TEXT NOT NULL,
ADD COLUMN     "donorEmail" TEXT,
ADD COLUMN     "donorName" TEXT,
ADD COLUMN     "emailConsent" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "expiredAt" TIMESTAMP(3),
ADD COLUMN     "failedAt" TIMESTAMP(3),
ADD COLUMN     "feePence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "giftAidClaimedAt" TIMESTAMP(3),
ADD COLUMN     "giftAidDeclarationId" TEXT,
ADD COLUMN     "parentId" TEXT,
ADD COLUMN     "refundedAt" TIMESTAMP(3),
ADD COLUMN     "refundedPence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "stripeCustomerId" TEXT,
ADD COLUMN     "stripeInvoiceId" TEXT,
ADD COLUMN     "stripePaymentIntentId" TEXT,
ADD COLUMN     "stripeSessionId" TEXT,
ADD COLUMN     "stripeSubscriptionId" TEXT,
ADD COLUMN     "subscriptionEndedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "GiftAidDeclaration" (
    "id" TEXT NOT NULL,
    "title" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "houseNameOrNumber" TEXT NOT NULL,
    "addressLine" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "scope" "GiftAidScope" NOT NULL,
    "wordingVersion" TEXT NOT NULL,
    "wording" TEXT NOT NULL,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GiftAidDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "donationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StripeEvent_donationId_idx" ON "StripeEvent"("donationId");

-- CreateIndex
CREATE UNIQUE INDEX "Donation_attemptKey_key" ON "Donation"("attemptKey");

-- CreateIndex
CREATE UNIQUE INDEX "Donation_stripeSessionId_key" ON "Donation"("stripeSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Donation_stripePaymentIntentId_key" ON "Donation"("stripePaymentIntentId");

-- CreateIndex
CREATE UNIQUE INDEX "Donation_stripeInvoiceId_key" ON "Donation"("stripeInvoiceId");

-- CreateIndex
CREATE INDEX "Donation_stripeSubscriptionId_idx" ON "Donation"("stripeSubscriptionId");

-- AddForeignKey
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Donation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_giftAidDeclarationId_fkey" FOREIGN KEY ("giftAidDeclarationId") REFERENCES "GiftAidDeclaration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StripeEvent" ADD CONSTRAINT "StripeEvent_donationId_fkey" FOREIGN KEY ("donationId") REFERENCES "Donation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
