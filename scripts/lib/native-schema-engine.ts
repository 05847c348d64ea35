import fs from "node:fs";
import path from "node:path";

/**
 * Whether Prisma's native schema engine was downloaded at install (it is fetched from Prisma's
 * servers, which offline machines cannot reach). With it, `prisma migrate deploy` runs; without
 * it, migrations go through the Wasm engine (scripts/lib/migrate.ts), which reads and writes the
 * same history.
 */
export function hasNativeSchemaEngine(root = process.cwd()): boolean {
  const enginesDir = path.join(root, "node_modules/@prisma/engines");
  return fs.existsSync(enginesDir) && fs.readdirSync(enginesDir).some((f) => f.startsWith("schema-engine-"));
}
