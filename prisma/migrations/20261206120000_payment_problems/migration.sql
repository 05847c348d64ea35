-- Stripe events that did not agree with their donation (amount, currency, livemode, Checkout
-- Session): recorded with the event instead of marking the gift paid, for staff to resolve.
--
-- Written by hand in the format `npm run db:migrate` writes (its schema engine panics here).

-- CreateTable
CREATE TABLE "PaymentProblem" (
    "id" TEXT NOT NULL,
    "stripeEventId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "donationId" TEXT,
    "kinds" TEXT NOT NULL,
    "expected" TEXT NOT NULL,
    "received" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "resolvedNote" TEXT,

    CONSTRAINT "PaymentProblem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PaymentProblem_stripeEventId_key" ON "PaymentProblem"("stripeEventId");

-- CreateIndex
CREATE INDEX "PaymentProblem_resolvedAt_idx" ON "PaymentProblem"("resolvedAt");

-- CreateIndex
CREATE INDEX "PaymentProblem_donationId_idx" ON "PaymentProblem"("donationId");

-- AddForeignKey
ALTER TABLE "PaymentProblem" ADD CONSTRAINT "PaymentProblem_donationId_fkey" FOREIGN KEY ("donationId") REFERENCES "Donation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
