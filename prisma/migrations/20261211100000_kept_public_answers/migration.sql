-- A public form's answer to a post made without script, kept for the page it returns to
-- (lib/forms/public-answers.ts): kept whole, where whichever server renders the page next finds
-- it, under a random key the browser holds in an httpOnly cookie. It replaces the answer itself
-- in that cookie, which held only a few kilobytes, so kept values were cut.
--
-- Written by hand in the format `npm run db:migrate` writes: the Wasm schema engine behind it
-- panics while introspecting this database's CHECK constraints, so it could not generate it.

-- CreateTable
CREATE TABLE "KeptPublicAnswer" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KeptPublicAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KeptPublicAnswer_expiresAt_idx" ON "KeptPublicAnswer"("expiresAt");
