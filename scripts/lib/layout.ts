// The deployment docs/deploy.md describes, on one machine: PostgreSQL, the release step, several
// web servers from one build, one or more queue workers, and nginx in front of them, rendered from
// docs/nginx/winter-appeal.conf.template. `npm run layout` (scripts/layout.ts) runs it for a person;
// tests/e2e/layout.spec.ts walks it; each step is the documented command, not a shortcut:
//
//   1. the database: DATABASE_URL, or the embedded PostgreSQL under .data/ (as `npm start`);
//   2. `npm run release` (scripts/release.ts) in a child process: the migrations, once;
//      then the demo content, into an empty embedded database (or when asked);
//   3. one production build (`next build`, into its own folder), made only when the one there
//      was made for other settings or older sources (scripts/lib/build.ts);
//   4. the web servers: `npm run serve` (scripts/serve.ts) each on its own loopback port, with
//      TRUSTED_PROXY_HOPS=1, WEB_SERVERS=N, QUEUE_WORKER=separate and the secrets several
//      servers must share (AUTH_SECRET, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, NEXT_DEPLOYMENT_ID);
//   5. the queue workers: `npm run worker` (scripts/worker.ts);
//   6. nginx in the foreground, its config, pid file and logs in a temporary folder, its upstream
//      the web servers, on the public port: SITE_URL is http://localhost:<that port>.
//
// Every child runs in a process group of its own, so a Ctrl-C reaches this process alone, which
// then stops them in order: nginx (no new requests), the web servers (requests in flight finish),
// the workers, and the database last.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { seed } from "../../prisma/seed/seed";
import { whyRebuild } from "./build";
import { openDatabase, type Database } from "./database";
import { findNginx, startNginx, type Nginx } from "./nginx";
import { isEmpty } from "./prepare-database";
import { stopGroup } from "./process-group";
import { serveCommand } from "./serve-command";

const root = path.resolve(import.meta.dirname, "../..");

export type LayoutOptions = {
  /** nginx's port on 127.0.0.1 (and the site's address, http://localhost:<port>); 0 for any free one. */
  port: number;
  /** How many web servers (2 unless told). */
  servers: number;
  /** How many queue workers (1 unless told). */
  workers: number;
  /** Where the one build goes (NEXT_DIST_DIR, else .next-layout): its own, so `npm start`'s stays. */
  distDir: string;
  /** Fill an empty database with the demo content; an empty embedded one always is. */
  demoContent: boolean;
  /** Progress and every child's output, one line at a time. */
  log: (line: string) => void;
  /** Aborted (a Ctrl-C while starting): the step under way ends, what had started is stopped, and the start fails. */
  signal?: AbortSignal;
};

export type Layout = {
  /** The site's address through nginx (SITE_URL). */
  origin: string;
  /** Each web server's own address, behind nginx (reachable from this machine only). */
  servers: string[];
  databaseUrl: string;
  /** The folder every process shares for the outbox and uploads (DATA_DIR). */
  dataDir: string;
  /** nginx's prefix: nginx.conf, nginx.pid, error.log, access.log. */
  nginxPrefix: string;
  /** Resolves with a sentence when a child ends on its own (the layout is then broken). */
  broken: Promise<string>;
  stop: () => Promise<void>;
};

type Secrets = { AUTH_SECRET: string; NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: string; NEXT_DEPLOYMENT_ID: string };

/** The secrets every server (and the build) must share: from the environment, else made once and kept in DATA_DIR. */
function sharedSecrets(dataDir: string, log: (line: string) => void): Secrets {
  const file = path.join(dataDir, "layout-secrets.json");
  let kept: Partial<Secrets> = {};
  try {
    kept = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Secrets>;
  } catch {
    // none kept yet
  }
  const made: Secrets = {
    AUTH_SECRET: kept.AUTH_SECRET ?? crypto.randomBytes(32).toString("base64"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: kept.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? crypto.randomBytes(32).toString("base64"),
    NEXT_DEPLOYMENT_ID: kept.NEXT_DEPLOYMENT_ID ?? `layout-${crypto.randomBytes(4).toString("hex")}`,
  };
  if (!kept.AUTH_SECRET) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(made, null, 2)}\n`, { mode: 0o600 });
    const shown = path.relative(root, file);
    log(`[layout] made the shared secrets, kept in ${shown.startsWith("..") ? file : shown} for the next run`);
  }
  const secrets = { ...made };
  for (const name of Object.keys(made) as (keyof Secrets)[]) {
    const configured = process.env[name]?.trim();
    if (configured) secrets[name] = configured;
  }
  return secrets;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function portIsFreeOnLoopback(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

function status(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 5000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(0));
  });
}

/** Runs a child to its end (the release step, the build), its output through `log`; throws unless it exits 0. */
function runToEnd(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, log: (line: string) => void, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // An abort (Ctrl-C while starting) ends it with SIGTERM and rejects.
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], signal });
    pipeLines(child, name, log);
    child.once("error", reject);
    child.once("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${name} failed (exit ${code ?? signal})`))));
  });
}

function pipeLines(child: ChildProcess, name: string, log: (line: string) => void) {
  for (const stream of [child.stdout, child.stderr]) {
    let rest = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      const lines = `${rest}${chunk}`.split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) if (line.trim()) log(`[${name}] ${line}`);
    });
  }
}

export async function startLayout(options: LayoutOptions): Promise<Layout> {
  const { log } = options;
  if (!Number.isInteger(options.servers) || options.servers < 1) throw new Error("--servers takes a whole number, 1 or more");
  if (!Number.isInteger(options.workers) || options.workers < 1) throw new Error("--workers takes a whole number, 1 or more");
  const nginxBinary = findNginx();
  if (!nginxBinary) throw new Error("no nginx found: install it (Debian: apt-get install nginx-light openssl)");
  const port = options.port === 0 ? await freePort() : options.port;
  if (!(await portIsFreeOnLoopback(port))) throw new Error(`port ${port} is in use: give another with --port (or --port 0 for any free one)`);
  const origin = `http://localhost:${port}`;
  const dataDir = path.resolve(process.env.DATA_DIR?.trim() || ".data");

  const children: { name: string; child: ChildProcess }[] = [];
  let nginx: Nginx | null = null;
  let database: Database | null = null;
  let stopping: Promise<void> | null = null;
  let reportBroken: (why: string) => void = () => {};
  const broken = new Promise<string>((resolve) => (reportBroken = resolve));

  const stopAll = async () => {
    if (nginx) {
      log("[layout] stopping nginx…");
      await nginx.stop();
    }
    const servers = children.filter((c) => c.name.startsWith("web"));
    const workers = children.filter((c) => !c.name.startsWith("web"));
    if (servers.length) log("[layout] stopping the web servers (requests in flight finish first)…");
    await Promise.all(servers.map(({ child }) => stopGroup(child)));
    if (workers.length) log("[layout] stopping the queue workers…");
    await Promise.all(workers.map(({ child }) => stopGroup(child)));
    if (database) {
      if (database.embedded) log("[layout] stopping the embedded PostgreSQL…");
      await database.stop();
    }
    log("[layout] stopped");
  };
  // Once, however many ask (a Ctrl-C, a broken part, a failed start), and each waits for the end.
  const stop = () => (stopping ??= stopAll());
  const stillWanted = () => {
    if (options.signal?.aborted || stopping) throw new Error("stopped while starting");
  };

  try {
    // 1. The database.
    database = await openDatabase();
    stillWanted();
    log(`[layout] database: ${database.embedded ? "the embedded PostgreSQL in .data/postgres" : "DATABASE_URL"}`);

    // 2. The release step, as a deployment runs it.
    const secrets = sharedSecrets(dataDir, log);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...secrets,
      DATABASE_URL: database.url,
      SITE_URL: origin,
      TRUSTED_PROXY_HOPS: "1",
      WEB_SERVERS: String(options.servers),
      QUEUE_WORKER: "separate",
      NEXT_DIST_DIR: options.distDir,
      DATA_DIR: dataDir,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    delete env.PORT;
    await runToEnd("release", process.execPath, ["--import", "tsx", path.join(root, "scripts/release.ts")], env, log, options.signal);
    stillWanted();
    if ((database.embedded || options.demoContent) && (await isEmpty(database.url))) {
      const created = await seed(database.url);
      log(`[layout] filled the empty database with the demo content (${created.posts} posts)`);
    }

    // 3. One build for every server.
    const rebuild = whyRebuild(options.distDir, env);
    if (rebuild) {
      log(`[layout] building into ${options.distDir} (${rebuild}); a few minutes…`);
      await runToEnd("build", path.join(root, "node_modules/.bin/next"), ["build"], { ...env, NODE_ENV: "production" }, log, options.signal);
    } else {
      log(`[layout] reusing the build in ${options.distDir}`);
    }
    stillWanted();

    // 4 and 5. The web servers and the workers, each its own process group.
    const spawnChild = (name: string, command: string, args: string[]) => {
      const child = spawn(command, args, { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
      pipeLines(child, name, log);
      child.once("exit", (code, signal) => {
        if (!stopping) reportBroken(`${name} ended on its own (exit ${code ?? signal})`);
      });
      children.push({ name, child });
    };
    const serverPorts: number[] = [];
    for (let i = 1; i <= options.servers; i++) {
      const serverPort = await freePort();
      serverPorts.push(serverPort);
      const [command, args] = serveCommand(serverPort);
      spawnChild(`web ${i}`, command, [...args, "-H", "127.0.0.1"]);
    }
    for (let i = 1; i <= options.workers; i++) {
      spawnChild(options.workers === 1 ? "worker" : `worker ${i}`, process.execPath, [
        "--import",
        "tsx",
        "--import",
        path.join(root, "scripts/lib/server-only-hook.mjs"),
        path.join(root, "scripts/worker.ts"),
      ]);
    }
    const servers = serverPorts.map((p) => `http://127.0.0.1:${p}`);
    const started = Date.now();
    for (const server of servers) {
      while ((await status(`${server}/api/health`)) !== 200) {
        const gone = children.find((c) => c.child.exitCode !== null || c.child.signalCode !== null);
        if (gone) throw new Error(`${gone.name} stopped while starting (its output is above)`);
        if (Date.now() - started > 180_000) throw new Error(`${server} did not answer /api/health with 200 within 180 s`);
        stillWanted();
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    log(`[layout] ${servers.length} web server${servers.length === 1 ? "" : "s"} up: ${servers.join(", ")}`);

    // 6. nginx in front.
    stillWanted();
    nginx = await startNginx({ binary: nginxBinary, port, upstream: serverPorts.map((p) => `127.0.0.1:${p}`), accessLog: true });
    const running = nginx;
    void new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (stopping) return resolve();
        if (running.pid !== undefined) {
          try {
            process.kill(running.pid, 0);
          } catch {
            clearInterval(timer);
            reportBroken(`nginx ended on its own:\n${running.log()}`);
            resolve();
          }
        }
      }, 1000);
      timer.unref();
    });
    log(`[layout] nginx (pid ${nginx.pid}) in front, its config and logs in ${nginx.prefix}`);
    return { origin, servers, databaseUrl: database.url, dataDir, nginxPrefix: nginx.prefix, broken, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
