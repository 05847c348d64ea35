-- Every donation records whether it was made with live Stripe keys (real money) or not.
--
-- Rows older than this column were made before anything recorded the mode. Stripe's Checkout
-- Session ids say it (cs_live_… or cs_test_…; the built-in test checkout's are cs_test_local_…),
-- so a row is live when its session id is a live one, and a monthly renewal (no session of its
-- own) takes its first donation's mode. Anything else is a test row: better a real gift left out
-- of a total or a claim until staff look, than a test one counted or sent to HMRC.
--
-- Written by hand in the format `npm run db:migrate` writes: the Wasm schema engine behind it
-- panics while introspecting this database's CHECK constraints, so it could not generate it.

-- AlterTable
ALTER TABLE "Donation" ADD COLUMN "livemode" BOOLEAN NOT NULL DEFAULT false;

UPDATE "Donation" SET "livemode" = true WHERE "stripeSessionId" LIKE 'cs\_live\_%';

UPDATE "Donation" AS renewal SET "livemode" = parent."livemode"
FROM "Donation" AS parent
WHERE renewal."parentId" = parent."id" AND renewal."livemode" <> parent."livemode";

-- No default from now on: every insert says which it is.
ALTER TABLE "Donation" ALTER COLUMN "livemode" DROP DEFAULT;
