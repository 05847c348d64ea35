-- Cache tags every server sees (lib/cache/shared-tags.mjs): one row per tag ever invalidated,
-- its version bumped on each invalidation. Servers learn of changes through NOTIFY cache_tags and
-- read this table when they start, reconnect, or cannot listen, so none serves pages another
-- server's publish, edit or donation has made out of date.
--
-- Written by hand in the format `npm run db:migrate` writes: the Wasm schema engine behind it
-- panics while introspecting this database's CHECK constraints, so it could not generate it.

-- CreateTable
CREATE TABLE "CacheTag" (
    "tag" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 1,
    "expireAfterMs" BIGINT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CacheTag_pkey" PRIMARY KEY ("tag")
);
