// The production server's entry (scripts/serve.ts, and the TypeScript it imports from lib/ and
// scripts/lib/), bundled ahead of time into plain JavaScript (the entry, and chunks it loads once
// started: the Stripe webhook's code, lib/http/stripe-webhook.ts), so that the server runs
// under plain `node`, with no module loader hooks. Under `--import tsx` every dynamic import()
// goes through the loader thread as a synchronous round trip, and Next.js makes about three per
// request (its cache handlers): 0.6 ms of an ignored webhook event's 3.5 ms (docs/benchmarks.md).
//
// Packages from node_modules stay imports (Next.js, pg, zod: loaded by Node as they are);
// `server-only` becomes an empty module, as Next's server bundler makes it. Nothing bundled may
// locate files from its own path (import.meta.url, __dirname): the bundle lives in .next-serve/,
// not beside its sources. The entry finds everything from the working folder, as `next start` does.
//
// Made by `npm run build`, and by every starter (scripts/lib/serve-command.ts) when it is missing
// or older than any of its sources, so a fresh clone, or an edited lib/env.ts, never serves a
// stale entry. `node scripts/lib/serve-bundle.mjs` makes it by hand (`--if-stale`: only if needed).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), "../..");
const folder = path.join(root, ".next-serve");
/** The bundled entry: `node <serveBundle> -p 3000`. */
export const serveBundle = path.join(folder, "serve.mjs");
const metaFile = path.join(folder, "inputs.json");
/** Besides the bundled files: what decides how they are bundled. */
const settings = [here, "tsconfig.json", "package-lock.json"];

/** Why the bundle must be made again, or null when it is up to date. */
export function whyRebundle() {
  let builtAt;
  try {
    builtAt = fs.statSync(serveBundle).mtimeMs;
  } catch {
    return "no bundle yet";
  }
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(metaFile, "utf8"));
    if (!Array.isArray(inputs) || !inputs.length) return "its list of sources is unreadable";
  } catch {
    return "its list of sources is missing";
  }
  for (const input of [...inputs, ...settings]) {
    let stat;
    try {
      stat = fs.statSync(path.resolve(root, input));
    } catch {
      return `${input} is gone`;
    }
    if (stat.mtimeMs > builtAt) return `${path.relative(root, path.resolve(root, input))} changed`;
  }
  return null;
}

/** Makes the bundle (always). Written to a temporary name and renamed, so that several starters at once never read half a file. */
export function makeServeBundle() {
  return writeBundle(bundle());
}

/**
 * Makes the bundle when it is missing or stale; returns its path. Synchronous: serveCommand() is.
 * The note goes to stderr: callers print reports on stdout (the audits and benchmarks' Markdown).
 */
export function ensureServeBundle(log = (message) => console.error(message)) {
  const why = whyRebundle();
  if (!why) return serveBundle;
  log(`[serve] bundling scripts/serve.ts (${why})`);
  return makeServeBundle();
}

/** esbuild's synchronous API (serveCommand() is synchronous), the version package.json pins. */
function requireEsbuild() {
  return createRequire(path.join(root, "package.json"))("esbuild");
}

/**
 * A file inside a package without an exports map (`next/cache`, `nodemailer/lib/mail-composer`) is
 * found by a bundler or require() without its extension or index.js, but not by Node's ESM loader:
 * each such import becomes the file's full name in the package (`next/cache.js`), still an import.
 */
function fileAliases(result) {
  const require = createRequire(path.join(root, "package.json"));
  const aliases = {};
  for (const input of Object.values(result.metafile.inputs)) {
    for (const { path: specifier, external } of input.imports) {
      const match = /^((?:@[^/.][^/]*\/)?[^/.@][^/]*)\/(.+)$/.exec(specifier);
      if (!external || !match || aliases[specifier]) continue;
      const [, name] = match;
      const packageDir = path.join(root, "node_modules", name);
      let manifest;
      try {
        manifest = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8"));
      } catch {
        continue; // not an installed package (a type-only import of our own, say)
      }
      if (manifest.exports) continue; // Node resolves what the package exports itself
      const file = path.relative(packageDir, require.resolve(specifier)).split(path.sep).join("/");
      aliases[specifier] = `${name}/${file}`;
    }
  }
  return aliases;
}

function bundle() {
  const esbuild = requireEsbuild();
  return esbuild.buildSync(options(fileAliases(esbuild.buildSync(options({})))));
}

function options(aliases) {
  return {
    absWorkingDir: root,
    entryPoints: ["scripts/serve.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    target: `node${process.versions.node.split(".")[0]}`,
    packages: "external",
    alias: { "server-only": "./scripts/lib/server-only-empty.mjs", ...aliases },
    // The entry first, alone; what it imports later (the Stripe webhook's code, with the packages
    // it loads: Prisma, pg-boss, the email templates' React) in chunks beside it, loaded when the
    // entry asks for them, after it has set NODE_ENV and read the .env files. One file would load
    // every package it names before its first line runs.
    splitting: true,
    outdir: folder,
    entryNames: "serve",
    chunkNames: "chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    write: false,
    metafile: true,
    legalComments: "none",
    logLevel: "warning",
    banner: { js: "// Made by scripts/lib/serve-bundle.mjs from scripts/serve.ts: do not edit, it is made again when its sources change." },
  };
}

/**
 * Files that name their own path, and why that is harmless bundled. Prisma's generated client sets
 * `globalThis.__dirname` from it, for engines read from disk; this site's client has none (the
 * query compiler is inlined as base64 and queries go through the pg adapter), and nothing in
 * Prisma 7's runtime reads it.
 */
const locatesHarmlessly = new Set(["lib/generated/prisma/client.ts"]);

function writeBundle(result) {
  const entry = result.outputFiles.find((file) => file.path === serveBundle);
  if (!entry) throw new Error("esbuild produced no bundle for scripts/serve.ts");
  const inputs = Object.keys(result.metafile.inputs);
  // Anything bundled that looks for files beside itself would look in .next-serve/ instead.
  const located = inputs.filter(
    (input) =>
      !locatesHarmlessly.has(input) && /import\.meta\.(dirname|filename|url)|__dirname|__filename/.test(fs.readFileSync(path.join(root, input), "utf8")),
  );
  if (located.length) throw new Error(`cannot bundle scripts/serve.ts: ${located.join(", ")} locate files from their own path`);
  fs.mkdirSync(folder, { recursive: true });
  const suffix = `.${process.pid}.${Date.now()}.tmp`;
  const replace = (file, contents) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file + suffix, contents);
    fs.renameSync(file + suffix, file);
  };
  // Chunks first (named by their content's hash, so a server starting meanwhile from the last
  // entry still finds its own), the entry last.
  for (const chunk of result.outputFiles) if (chunk !== entry) replace(chunk.path, chunk.contents);
  replace(metaFile, `${JSON.stringify(inputs, null, 2)}\n`);
  replace(serveBundle, entry.contents);
  removeOldChunks(new Set(result.outputFiles.map((file) => file.path)));
  return serveBundle;
}

/** Chunks of earlier bundles, once no server can still be starting from them (an hour on). */
function removeOldChunks(current) {
  const chunks = path.join(folder, "chunks");
  if (!fs.existsSync(chunks)) return;
  for (const name of fs.readdirSync(chunks)) {
    const file = path.join(chunks, name);
    try {
      if (!current.has(file) && Date.now() - fs.statSync(file).mtimeMs > 3_600_000) fs.rmSync(file);
    } catch {
      // removed by another starter meanwhile
    }
  }
}

// `node scripts/lib/serve-bundle.mjs`: make it now (npm run build); with --if-stale, only when
// it is missing or stale (npm run serve).
if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  if (process.argv.includes("--if-stale")) ensureServeBundle();
  else {
    makeServeBundle();
    console.log(`[serve] bundled scripts/serve.ts into ${path.relative(process.cwd(), serveBundle)}`);
  }
}
