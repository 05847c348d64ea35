-- A staff form's answer to a post made without script, kept for the page it returns to
-- (lib/forms/kept-answers.ts): a site page's whole text is too long for a cookie, and whichever
-- server renders the page next must find it.
--
-- Written by hand in the format `npm run db:migrate` writes: the Wasm schema engine behind it
-- panics while introspecting this database's CHECK constraints, so it could not generate it.

-- CreateTable
CREATE TABLE "KeptFormAnswer" (
    "id" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "page" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KeptFormAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KeptFormAnswer_expiresAt_idx" ON "KeptFormAnswer"("expiresAt");
