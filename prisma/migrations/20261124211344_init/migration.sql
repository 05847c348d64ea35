-- CreateEnum
CREATE TYPE "FigureQualifier" AS ENUM ('AROUND', 'OVER', 'EXACTLY');

-- CreateEnum
CREATE TYPE "PostCategory" AS ENUM ('NEWS', 'VOLUNTEER_STORY');

-- CreateEnum
CREATE TYPE "PostStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "DonationStatus" AS ENUM ('PENDING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED');

-- CreateEnum
CREATE TYPE "DonationKind" AS ENUM ('COAT', 'PACK', 'CUSTOM');

-- CreateEnum
CREATE TYPE "DonationFrequency" AS ENUM ('ONCE', 'MONTHLY');

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "charityName" TEXT NOT NULL,
    "charityNumber" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "strapline" TEXT NOT NULL,
    "situation" TEXT NOT NULL,
    "whyHereTitle" TEXT NOT NULL,
    "whyHere" TEXT NOT NULL,
    "whatWeDoTitle" TEXT NOT NULL,
    "whatWeDo" TEXT NOT NULL,
    "appealTitle" TEXT NOT NULL,
    "appeal" TEXT NOT NULL,
    "goalCoats" INTEGER NOT NULL,
    "coatPricePence" INTEGER NOT NULL,
    "packPricePence" INTEGER NOT NULL,
    "coatsReceivedInKind" INTEGER NOT NULL DEFAULT 0,
    "photoInvitation" TEXT NOT NULL,
    "shareMessage" TEXT NOT NULL,
    "hashtag" TEXT NOT NULL,
    "videoTitle" TEXT NOT NULL,
    "videoUrl" TEXT,
    "beyondGoal" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SituationFigure" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "qualifier" "FigureQualifier" NOT NULL,
    "note" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SituationFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WayToHelp" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "ctaLabel" TEXT NOT NULL,
    "ctaHref" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "WayToHelp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "category" "PostCategory" NOT NULL,
    "status" "PostStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "authorName" TEXT,
    "coverImage" TEXT,
    "coverAlt" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SitePage" (
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SitePage_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Donation" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "kind" "DonationKind" NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "amountPence" INTEGER NOT NULL,
    "frequency" "DonationFrequency" NOT NULL DEFAULT 'ONCE',
    "status" "DonationStatus" NOT NULL DEFAULT 'PENDING',
    "paidAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Donation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_slug_key" ON "Campaign"("slug");

-- CreateIndex
CREATE INDEX "SituationFigure_campaignId_position_idx" ON "SituationFigure"("campaignId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "SituationFigure_campaignId_place_key" ON "SituationFigure"("campaignId", "place");

-- CreateIndex
CREATE UNIQUE INDEX "WayToHelp_campaignId_position_key" ON "WayToHelp"("campaignId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Post_slug_key" ON "Post"("slug");

-- CreateIndex
CREATE INDEX "Post_status_publishedAt_idx" ON "Post"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Post_category_status_publishedAt_idx" ON "Post"("category", "status", "publishedAt");

-- CreateIndex
CREATE INDEX "Donation_campaignId_status_idx" ON "Donation"("campaignId", "status");

-- AddForeignKey
ALTER TABLE "SituationFigure" ADD CONSTRAINT "SituationFigure_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WayToHelp" ADD CONSTRAINT "WayToHelp_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
