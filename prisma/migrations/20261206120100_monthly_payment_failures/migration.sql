-- Monthly gifts whose card payment fails (invoice.payment_failed): when the latest failure and
-- the latest payment happened, and whether the gift is failing now, for staff to find.
--
-- Written by hand in the format `npm run db:migrate` writes (its schema engine panics here).

-- AlterTable
ALTER TABLE "Donation" ADD COLUMN     "paymentFailedAt" TIMESTAMP(3),
ADD COLUMN     "paymentFailing" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "paymentRecoveredAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Donation_paymentFailing_idx" ON "Donation"("paymentFailing");
