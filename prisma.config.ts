// .env files first, read as Next.js reads them: the Prisma CLI then migrates the same
// DATABASE_URL the site and its scripts use.
import "./scripts/lib/load-env";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { hasNativeSchemaEngine } from "./scripts/lib/native-schema-engine";

// The Prisma CLI wants its native schema engine before running any command. Where it has not
// been downloaded (offline machines), point it at a stub: generate/validate/format still work,
// and migrations run through the Wasm engine (scripts/db.ts, scripts/release.ts).
if (!hasNativeSchemaEngine()) process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/schema-engine-stub.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Only the migrate commands read this; generate does not need a database.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unset" },
});
