// Prisma Migrate without the native schema engine: drives the Wasm schema engine
// (@prisma/schema-engine-wasm, shipped on npm) through the pg driver adapter. It reads and writes
// the standard prisma/migrations/<timestamp>_<name>/migration.sql files and `_prisma_migrations`
// rows, so the official `prisma migrate deploy` accepts the same history on a machine that has
// the native engine.
import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { parse } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as wasm from "@prisma/schema-engine-wasm/schema_engine_bg";

type PgConfig = pg.PoolConfig;

/** pg lets `connectionString` override `database`; hand it a parsed object instead. */
export function toPgConfig(url: string): PgConfig {
  const { options, schema, ...config } = parse(url) as ReturnType<typeof parse> & { schema?: string };
  return { ...(config as PgConfig), max: 4 };
}

/**
 * Three adapter quirks (adapter-pg 7.10) worked around here:
 * 1. Postgres' internal "char" type (OID 18), read from pg_catalog by the schema describer, is
 *    unsupported: report it as text (OID 25).
 * 2. `executeScript` splits a script on ";" and runs the pieces one by one across a pool, which is
 *    neither atomic nor safe for semicolons inside strings. Send the whole script as one
 *    simple-protocol query instead: PostgreSQL runs it as one implicit transaction, so a failing
 *    migration leaves the schema as it was.
 * 3. The shadow database is dropped before its pool is closed ("being accessed by other users"):
 *    close first, then drop.
 */
class MigrationPool extends pg.Pool {
  // pg's query() is heavily overloaded; forward every form and patch the field types.
  override query(...args: unknown[]): never {
    const patch = (res: unknown) => {
      for (const r of Array.isArray(res) ? res : [res]) {
        for (const f of (r as pg.QueryResult | undefined)?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
      }
      return res;
    };
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return (result instanceof Promise ? result.then(patch) : result) as never;
  }
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function withAtomicScripts(adapter: Adapter, pool: pg.Pool): Adapter {
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      (adapter as unknown as { onError(e: unknown): never }).onError(error);
    }
  };
  return adapter;
}

class MigrationAdapterFactory extends PrismaPg {
  private readonly pool: pg.Pool;

  constructor(private readonly pgConfig: PgConfig) {
    const pool = new MigrationPool(pgConfig);
    super(pool, { disposeExternalPool: true });
    this.pool = pool;
  }

  /** The engine keeps its pool open (10 s idle timeout): close it when done. */
  async close() {
    await this.pool.end().catch(() => {});
  }

  override async connect() {
    return withAtomicScripts(await super.connect(), this.pool);
  }

  override async connectToShadowDb() {
    const adminPool = new MigrationPool(this.pgConfig);
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await adminPool.query(`CREATE DATABASE "${database}"`);
    const shadowPool = new MigrationPool({ ...this.pgConfig, database });
    const shadow = withAtomicScripts(await new PrismaPg(shadowPool, { disposeExternalPool: true }).connect(), shadowPool);
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await adminPool.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await adminPool.end();
    };
    return shadow;
  }
}

let wasmReady = false;
const require = createRequire(import.meta.url);
const filters = { externalTables: [], externalEnums: [] };

async function loadWasm() {
  if (wasmReady) return;
  // The engine reports a Rust panic through this global before it traps: keep the message.
  const registry = {
    message: "",
    set_message(m: string) {
      this.message = m;
      console.error(`schema engine panic: ${m}`);
    },
  };
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof registry }).PRISMA_WASM_PANIC_REGISTRY ??= registry;
  const wasmFile = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
  const compiled = new WebAssembly.Module(await fs.readFile(wasmFile));
  const instance = new WebAssembly.Instance(compiled, { "./schema_engine_bg.js": wasm as unknown as WebAssembly.ModuleImports });
  wasm.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  wasmReady = true;
}

async function readMigrations(migrationsDir: string) {
  await fs.mkdir(migrationsDir, { recursive: true });
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true });
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    dirs.map(async (dir) => {
      const content = await fs.readFile(path.join(migrationsDir, dir, "migration.sql"), "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: unknown) => ({ tag: "error" as const, value: String(error) }),
      );
      return { path: dir, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lock = await fs.readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8").catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: lock },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

export type MigrateOptions = {
  /** "deploy" applies pending migrations; "dev" also creates one from schema changes. */
  command: "deploy" | "dev";
  /** Name of the migration "dev" creates. */
  name?: string;
  /** Folder holding prisma/schema.prisma and prisma/migrations. */
  root?: string;
  log?: (message: string) => void;
};

/**
 * Applies pending migrations (and, for "dev", first writes a new one). On failure the database
 * is left as it was: the migration's SQL ran as one transaction, and its unfinished bookkeeping
 * row is removed so the next run retries it.
 */
export async function migrate(databaseUrl: string, options: MigrateOptions) {
  const root = options.root ?? process.cwd();
  const schemaPath = path.join(root, "prisma/schema.prisma");
  const migrationsDir = path.join(root, "prisma/migrations");
  const schemaFiles = [{ path: schemaPath, content: await fs.readFile(schemaPath, "utf8") }];
  await loadWasm();

  const pgConfig = toPgConfig(databaseUrl);
  const factory = new MigrationAdapterFactory(pgConfig);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const log = options.log ?? (() => {});
  const engine = await wasm.SchemaEngine.new(
    { datamodels: schemaFiles.map((f) => [f.path, f.content] as [string, string]) },
    (m: string) => log(`[engine] ${m}`),
    adapter,
  );
  const startedAt = new Date();
  const created: string[] = [];
  try {
    if (options.command === "dev") {
      // The order of `prisma migrate dev`: apply pending, diagnose (builds the shadow database),
      // then create and apply the new migration.
      await engine.applyMigrations({ migrationsList: await readMigrations(migrationsDir), filters });
      const diagnostic = await engine.devDiagnostic({ migrationsList: await readMigrations(migrationsDir), filters });
      if (diagnostic.action.tag === "reset") throw new Error(`The database needs a reset: ${diagnostic.action.reason}`);
      const out = await engine.createMigration({
        draft: false,
        migrationName: options.name ?? "migration",
        migrationsList: await readMigrations(migrationsDir),
        schema: { files: schemaFiles },
        filters,
      });
      if (out.migrationScript && out.generatedMigrationName) {
        const dir = path.join(migrationsDir, out.generatedMigrationName);
        await fs.mkdir(dir, { recursive: true });
        await fs.writeFile(path.join(dir, `migration.${out.extension}`), out.migrationScript);
        await fs.writeFile(
          path.join(migrationsDir, "migration_lock.toml"),
          `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
        );
        created.push(out.generatedMigrationName);
      }
    }
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrations(migrationsDir),
      filters,
    });
    return { created, applied: appliedMigrationNames };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    const panic = (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { message: string } }).PRISMA_WASM_PANIC_REGISTRY?.message;
    if (panic) e.message += `\nschema engine panic: ${panic}`;
    const match = /External error id#(\d+)/.exec(e.message);
    if (match) e.message += `\nadapter error: ${JSON.stringify(adapter.errorRegistry.consumeError(Number(match[1]))?.error)}`;
    await forgetUnfinished(pgConfig, startedAt);
    throw e;
  } finally {
    engine.free();
    await factory.close();
  }
}

async function forgetUnfinished(pgConfig: PgConfig, since: Date) {
  const client = new pg.Client(pgConfig);
  try {
    await client.connect();
    await client.query(`DELETE FROM "_prisma_migrations" WHERE finished_at IS NULL AND rolled_back_at IS NULL AND started_at >= $1`, [since]);
  } catch {
    // No bookkeeping table yet: nothing to forget.
  } finally {
    await client.end().catch(() => {});
  }
}

export { pendingMigrations } from "./pending-migrations";
