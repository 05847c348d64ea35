-- Bounces and complaints from Resend's signed webhook (lib/newsletter/email-events.ts): every
-- event once, what each newsletter delivery became, and the addresses no update goes to again.
--
-- Written by hand in the format `npm run db:migrate` writes: the Wasm schema engine behind it
-- panics while introspecting this database's CHECK constraints, so it could not generate it.

-- CreateEnum
CREATE TYPE "Suppression" AS ENUM ('BOUNCED', 'COMPLAINED');

-- AlterTable
ALTER TABLE "Subscriber" ADD COLUMN     "suppressedAt" TIMESTAMP(3),
ADD COLUMN     "suppression" "Suppression",
ADD COLUMN     "suppressionReason" TEXT;

-- AlterTable
ALTER TABLE "NewsletterDelivery" ADD COLUMN     "bouncedAt" TIMESTAMP(3),
ADD COLUMN     "complainedAt" TIMESTAMP(3),
ADD COLUMN     "deliveredAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "EmailEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "providerId" TEXT,
    "detail" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NewsletterDelivery_providerId_idx" ON "NewsletterDelivery"("providerId");

-- CreateIndex
CREATE INDEX "EmailEvent_email_idx" ON "EmailEvent"("email");

-- CreateIndex
CREATE INDEX "EmailEvent_providerId_idx" ON "EmailEvent"("providerId");
