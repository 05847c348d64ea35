// Vitest global setup: one throwaway embedded PostgreSQL for the run, with a migrated template
// database. Each integration test file clones the template (CREATE DATABASE … TEMPLATE), so
// every file starts from a fresh, fully migrated database in a few milliseconds.
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureDatabase, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { migrate } from "../../scripts/lib/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}

export const TEMPLATE_DB = "app_template";

export default async function setup(project: TestProject) {
  const dir = path.join(os.tmpdir(), `winter-appeal-vitest-${process.pid}-${Date.now()}`);
  const server = await startEmbeddedPostgres({ dir, ephemeral: true });
  const templateUrl = await ensureDatabase(server.serverUrl, TEMPLATE_DB);
  await migrate(templateUrl, { command: "deploy" });
  project.provide("pgServerUrl", server.serverUrl);
  return async () => {
    await server.stop();
  };
}
