-- CreateEnum
CREATE TYPE "DonationPointStatus" AS ENUM ('ACCEPTING', 'FULL', 'CLOSED');

-- CreateEnum
CREATE TYPE "VolunteerPlace" AS ENUM ('CALAIS', 'DUNKIRK', 'PARIS', 'BRUSSELS', 'UK');

-- CreateEnum
CREATE TYPE "VolunteerLanguage" AS ENUM ('ARABIC', 'FARSI', 'PASHTO', 'KURDISH', 'TIGRINYA', 'FRENCH', 'OTHER');

-- CreateEnum
CREATE TYPE "VolunteerStatus" AS ENUM ('NEW', 'CONTACTED', 'PLACED', 'DECLINED');

-- AlterTable
ALTER TABLE "Newsletter" ADD COLUMN     "createdById" TEXT;

-- CreateTable
CREATE TABLE "DonationPoint" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "openingTimes" TEXT NOT NULL,
    "needs" TEXT NOT NULL,
    "status" "DonationPointStatus" NOT NULL DEFAULT 'ACCEPTING',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DonationPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InKindDelivery" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "donationPointId" TEXT,
    "coats" INTEGER NOT NULL,
    "receivedOn" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InKindDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerApplication" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "place" "VolunteerPlace" NOT NULL,
    "availableFrom" DATE NOT NULL,
    "availableTo" DATE NOT NULL,
    "languages" "VolunteerLanguage"[],
    "otherLanguages" TEXT,
    "drivingLicence" BOOLEAN NOT NULL,
    "canDriveVan" BOOLEAN NOT NULL,
    "confirmedAdultAt" TIMESTAMP(3) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "VolunteerStatus" NOT NULL DEFAULT 'NEW',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VolunteerApplication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DonationPoint_status_idx" ON "DonationPoint"("status");

-- CreateIndex
CREATE INDEX "InKindDelivery_campaignId_receivedOn_idx" ON "InKindDelivery"("campaignId", "receivedOn");

-- CreateIndex
CREATE INDEX "VolunteerApplication_status_createdAt_idx" ON "VolunteerApplication"("status", "createdAt");

-- CreateIndex
CREATE INDEX "VolunteerApplication_createdAt_idx" ON "VolunteerApplication"("createdAt");

-- AddForeignKey
ALTER TABLE "InKindDelivery" ADD CONSTRAINT "InKindDelivery_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InKindDelivery" ADD CONSTRAINT "InKindDelivery_donationPointId_fkey" FOREIGN KEY ("donationPointId") REFERENCES "DonationPoint"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Checks the schema language cannot express: the database refuses what no screen should send.
ALTER TABLE "InKindDelivery" ADD CONSTRAINT "InKindDelivery_coats_positive" CHECK ("coats" > 0);
ALTER TABLE "VolunteerApplication" ADD CONSTRAINT "VolunteerApplication_dates_in_order" CHECK ("availableTo" >= "availableFrom");
