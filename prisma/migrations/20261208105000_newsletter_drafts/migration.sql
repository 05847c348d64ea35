-- Drafts of newsletter updates (app/admin/newsletters/actions.ts): an update being written is kept
-- whenever its writer sends themselves a test, so nothing typed is lost, and removed once sent.
--
-- Written by hand in the format `npm run db:migrate` writes: the Wasm schema engine behind it
-- panics while introspecting this database's CHECK constraints, so it could not generate it.

-- CreateTable
CREATE TABLE "NewsletterDraft" (
    "id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsletterDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NewsletterDraft_updatedAt_idx" ON "NewsletterDraft"("updatedAt");
