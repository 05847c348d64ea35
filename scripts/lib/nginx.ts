// nginx for the benchmark, the audits and `npm run layout`: the production config
// (docs/nginx/winter-appeal.conf.template) rendered into a throwaway prefix and run in the
// foreground, never as a system service, with its own pid file, error log and temp folders there.
// For the benchmark it can add, beside the site's server block, a second one that serves given
// bodies as static files, as a baseline.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";

const TEMPLATE = path.join(import.meta.dirname, "../../docs/nginx/winter-appeal.conf.template");
const MIME_TYPES = "/etc/nginx/mime.types";

/** The nginx binary on the PATH (or Debian's /usr/sbin, often missing from a user's PATH), else null. */
export function findNginx(): string | null {
  for (const candidate of ["nginx", "/usr/sbin/nginx", "/usr/local/sbin/nginx"]) {
    if (spawnSync(candidate, ["-v"], { stdio: "ignore" }).status === 0) return candidate;
  }
  return null;
}

/** "nginx 1.22.1", from `nginx -v` (which writes to stderr). */
export function nginxVersion(binary: string): string {
  const out = spawnSync(binary, ["-v"], { encoding: "utf8" });
  const version = /nginx\/(\S+)/.exec(`${out.stderr}${out.stdout}`)?.[1];
  return version ? `nginx ${version}` : "nginx";
}

/** The template's UPSTREAM_SERVERS for these addresses ("127.0.0.1:3000"): one `server` line each. */
export function upstreamServers(addresses: string[]): string {
  if (addresses.length === 0) throw new Error("nginx needs at least one web server to send requests to");
  for (const address of addresses) if (!/^[\w.\-:[\]]+$/.test(address)) throw new Error(`not a host:port for nginx's upstream: ${JSON.stringify(address)}`);
  // One line: the placeholder also stands in the template's comments.
  return addresses.map((address) => `server ${address};`).join(" ");
}

/** Fills the template's ${NAME} placeholders, and refuses one left unfilled. */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{([A-Z_]+)\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`the nginx template's ${match} has no value`);
    return value;
  });
}

/**
 * A self-signed certificate for `localhost` and 127.0.0.1, valid for a day, written into `dir`
 * (openssl's command line; Debian's nginx packages do not pull it in, `apt-get install openssl`).
 * Trust it in a Node process with NODE_EXTRA_CA_CERTS=<certificate>.
 */
export function selfSignedCertificate(dir: string): { certificate: string; key: string } {
  const certificate = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  const made = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1"]
      .concat(["-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"])
      .concat(["-keyout", key, "-out", certificate]),
    { encoding: "utf8" },
  );
  if (made.error) throw new Error(`no openssl to make a test certificate with (apt-get install openssl): ${made.error.message}`);
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate:\n${made.stderr}`);
  return { certificate, key };
}

export type StaticRoute = { path: string; headers: http.OutgoingHttpHeaders; body: Buffer };
export type Nginx = {
  stop: () => Promise<void>;
  kill: () => void;
  log: () => string;
  /** The throwaway prefix: nginx.conf, nginx.pid, error.log (and access.log when asked for). */
  prefix: string;
  /** nginx's master process, while it runs. */
  pid: number | undefined;
};

// Headers nginx writes itself for a file (or that describe one connection only).
const OWN_HEADERS = new Set([
  "content-type",
  "content-length",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "date",
  "etag",
  "last-modified",
  "accept-ranges",
  "vary",
]);

/** One exact-match location per route: the body from a file, with the site's type and headers. */
function staticLocations(routes: StaticRoute[], root: string): string {
  return routes
    .map((route, index) => {
      const file = `route-${index}`;
      fs.writeFileSync(path.join(root, file), route.body, { mode: 0o644 });
      const type = String(route.headers["content-type"] ?? "application/octet-stream");
      const extra = Object.entries(route.headers)
        .filter(([name, value]) => !OWN_HEADERS.has(name) && value !== undefined)
        .flatMap(([name, value]) => (Array.isArray(value) ? value : [String(value)]).map((v) => [name, v] as const))
        // nginx reads "$" as a variable and a quote would end the string: leave such a header out.
        .filter(([, v]) => !/["$\\]/.test(v))
        .map(([name, v]) => `      add_header ${name} "${v}" always;`);
      return [`    location = ${route.path} {`, `      types { }`, `      default_type "${type}";`, `      try_files /${file} =404;`, ...extra, "    }"].join(
        "\n",
      );
    })
    .join("\n");
}

/**
 * Renders the template into a temporary prefix and starts nginx in the foreground: the site's
 * server block on `port`, proxying to the web servers in `upstream` (one address or several),
 * and, given a `staticPort`, the routes as files there.
 * With `tls`, the site's block speaks HTTPS on `port` with the given certificate, and the
 * template's redirecting server listens on `tls.httpPort`; without, the site's block speaks
 * plain HTTP (the certificate the template names is a throwaway one, never offered) and the
 * redirecting server listens on a socket in the prefix that nothing uses.
 * Resolves once both ports answer.
 */
export async function startNginx(options: {
  binary: string;
  port: number;
  /** Where to serve `routes` as files (the bench's baseline); omitted, no such server block. */
  staticPort?: number;
  upstream: string | string[];
  routes?: StaticRoute[];
  /** Write access.log in the prefix, naming the web server that answered each request. */
  accessLog?: boolean;
  tls?: { certificate: string; key: string; httpPort: number };
}): Promise<Nginx> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "winter-appeal-nginx-"));
  // Run as root, nginx's workers drop to an unprivileged user: they must reach the files and the cache.
  fs.chmodSync(prefix, 0o755);
  for (const dir of ["cache", "temp", "files"]) fs.mkdirSync(path.join(prefix, dir));
  fs.chmodSync(path.join(prefix, "cache"), 0o777);
  fs.chmodSync(path.join(prefix, "temp"), 0o777);
  fs.chmodSync(path.join(prefix, "files"), 0o755);

  const tls = options.tls;
  const certificate = tls ?? selfSignedCertificate(prefix);
  const site = renderTemplate(fs.readFileSync(TEMPLATE, "utf8"), {
    LISTEN: `127.0.0.1:${options.port}${tls ? " ssl" : ""}`,
    HTTP_LISTEN: tls ? `127.0.0.1:${tls.httpPort}` : `unix:${path.join(prefix, "redirect.sock")}`,
    // The site's name first (what nginx passes upstream as Host), then the address the scripts
    // use to reach it: any other Host meets the template's default server, which answers nothing.
    SERVER_NAME: "localhost 127.0.0.1",
    // The site's address through this nginx: what browsers send as Origin, and the Host passed on.
    PUBLIC_ORIGIN: `${tls ? "https" : "http"}://localhost:${options.port}`,
    TLS_CERTIFICATE: certificate.certificate,
    TLS_CERTIFICATE_KEY: certificate.key,
    UPSTREAM_SERVERS: upstreamServers(typeof options.upstream === "string" ? [options.upstream] : options.upstream),
    CACHE_PATH: path.join(prefix, "cache"),
  });
  fs.writeFileSync(path.join(prefix, "winter-appeal.conf"), site);
  const temp = (name: string) => path.join(prefix, "temp", name);
  const staticServer =
    options.staticPort === undefined
      ? ""
      : `
  # The baseline: the same bodies as plain files, from the same nginx.
  server {
    listen 127.0.0.1:${options.staticPort};
    server_name localhost;
    server_tokens off;
    root ${path.join(prefix, "files")};
    etag off;
${staticLocations(options.routes ?? [], path.join(prefix, "files"))}
  }`;
  const main = `# Written by scripts/lib/nginx.ts for one run (bench, audit or npm run layout).
daemon off;
master_process on;
worker_processes 1;
pid ${path.join(prefix, "nginx.pid")};
error_log ${path.join(prefix, "error.log")} warn;
events { worker_connections 1024; }
http {
  ${fs.existsSync(MIME_TYPES) ? `include ${MIME_TYPES};` : ""}
  ${
    options.accessLog
      ? `log_format winter_appeal_upstream '$remote_addr [$time_local] "$request" $status $body_bytes_sent upstream=$upstream_addr cache=$upstream_cache_status';\n  access_log ${path.join(prefix, "access.log")} winter_appeal_upstream;`
      : "access_log off;"
  }
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};

  include ${path.join(prefix, "winter-appeal.conf")};
${staticServer}
}
`;
  const config = path.join(prefix, "nginx.conf");
  fs.writeFileSync(config, main);

  const errorLog = () => {
    try {
      return fs.readFileSync(path.join(prefix, "error.log"), "utf8").split("\n").slice(-20).join("\n");
    } catch {
      return "";
    }
  };
  const test = spawnSync(options.binary, ["-t", "-q", "-c", config, "-p", prefix], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx refused the rendered config:\n${test.stderr}${errorLog()}`);

  const child: ChildProcess = spawn(options.binary, ["-c", config, "-p", prefix], { detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => (stderr = `${stderr}${chunk}`.slice(-4000)));
  const running = () => child.exitCode === null && child.signalCode === null;
  const signal = (name: NodeJS.Signals) => {
    if (!child.pid || !running()) return;
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  const cleanUp = () => fs.rmSync(prefix, { recursive: true, force: true });
  const nginx: Nginx = {
    prefix,
    pid: child.pid,
    log: () => `${stderr}${errorLog()}`.trim(),
    kill: () => {
      signal("SIGKILL");
      cleanUp();
    },
    stop: async () => {
      if (running()) {
        const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
        signal("SIGQUIT"); // nginx's graceful shutdown
        const timer = setTimeout(() => signal("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
      cleanUp();
    },
  };

  const answers = (port: number, secure = false) =>
    new Promise<boolean>((resolve) => {
      // Only "is it up?": the certificate is not checked here. It names the site (SNI and Host):
      // the template's default servers answer nothing to a request that doesn't.
      const target = {
        host: "127.0.0.1",
        port,
        path: "/__nginx-ready",
        agent: false,
        rejectUnauthorized: false,
        servername: "localhost",
        headers: { host: "localhost" },
      };
      const request = (secure ? https : http).get(target, (response) => {
        response.resume();
        resolve(true);
      });
      request.on("error", () => resolve(false));
    });
  const started = performance.now();
  while (performance.now() - started < 10_000) {
    if (!running()) break;
    const up = [
      await answers(options.port, Boolean(tls)),
      options.staticPort === undefined ? true : await answers(options.staticPort),
      tls ? await answers(tls.httpPort) : true,
    ];
    if (up.every(Boolean)) return nginx;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const log = nginx.log();
  await nginx.stop();
  throw new Error(`nginx did not start:\n${log}`);
}
