// The production server's entry, bundled for plain `node` (scripts/lib/serve-bundle.mjs): what
// the bundle may import, and that a stale one is made again. The server starting from it, every
// way, is proven by the end-to-end tests (playwright.config.ts, tests/e2e/layout.spec.ts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensureServeBundle, makeServeBundle, serveBundle, whyRebundle } from "../../scripts/lib/serve-bundle.mjs";
import { serveCommand } from "../../scripts/lib/serve-command";

const root = path.resolve(import.meta.dirname, "../..");

describe("the bundled server entry", () => {
  it("is plain JavaScript that imports only Node's modules, installed packages and its own chunks, never server-only or tsx", () => {
    makeServeBundle();
    const folder = path.dirname(serveBundle);
    const code = fs.readFileSync(serveBundle, "utf8");
    const chunkFiles = fs.readdirSync(path.join(folder, "chunks")).map((name) => path.join(folder, "chunks", name));
    const importsOf = (file: string) =>
      [...fs.readFileSync(file, "utf8").matchAll(/^import\s+(?:[^"']*\s+from\s+)?["']([^"']+)["']|\bimport\(["']([^"']+)["']\)/gm)].map((m) => ({
        file,
        specifier: (m[1] ?? m[2]) as string,
      }));
    const imported = [serveBundle, ...chunkFiles].flatMap(importsOf);
    expect(imported.length).toBeGreaterThan(0);
    for (const { file, specifier } of imported) {
      // A relative import may only name a chunk of this bundle, which is beside it in .next-serve/.
      if (/^\.{1,2}\//.test(specifier)) expect(fs.existsSync(path.resolve(path.dirname(file), specifier)), `${specifier} from ${file}`).toBe(true);
      expect(specifier).not.toMatch(/^(server-only|tsx)(\/|$)|^(@\/|lib\/|scripts\/)/);
    }
    expect(importsOf(serveBundle).map((i) => i.specifier)).toEqual(expect.arrayContaining(["next", "@next/env", "node:http"]));
    // The entry's own code is in it; what it imports from lib/ after start-up (lib/env.ts, the
    // Stripe webhook) in its chunks, loaded when asked for.
    expect(code).toContain("prepareIncoming");
    expect(code).toMatch(/import\(["']\.\/chunks\/stripe-webhook-[\w-]+\.mjs["']\)/);
    const chunks = chunkFiles.map((file) => fs.readFileSync(file, "utf8")).join("\n");
    expect(chunks).toContain("TRUSTED_PROXY_HOPS");
    expect(chunks).toContain("stripeWebhookAnswerer");
    // The packages the webhook loads (React for the email templates, Prisma, pg-boss) are not
    // loaded by the entry before it has set NODE_ENV: they are imported by the chunks only.
    expect(importsOf(serveBundle).map((i) => i.specifier)).not.toEqual(expect.arrayContaining(["react"]));
    expect(chunks).toMatch(/^import .* from ["']pg-boss["']/m);
    expect(whyRebundle()).toBeNull();
  });

  it("loads in plain node: every package file its chunks import is one Node's ESM loader finds", () => {
    makeServeBundle();
    const chunks = fs.readdirSync(path.join(path.dirname(serveBundle), "chunks")).map((name) => path.join(path.dirname(serveBundle), "chunks", name));
    // Imported, not run: a database nobody listens on is never reached by loading the modules.
    const code = `for (const file of ${JSON.stringify(chunks)}) await import(file);`;
    const loaded = spawnSync(process.execPath, ["--input-type=module", "-e", code], {
      cwd: root,
      encoding: "utf8",
      env: { PATH: process.env.PATH, NODE_ENV: "production", DATABASE_URL: "postgresql://nobody@127.0.0.1:9/none" },
    });
    expect(loaded.stderr).toBe("");
    expect(loaded.status).toBe(0);
  });

  it("is made again when a source is newer than it, and is then up to date", () => {
    makeServeBundle();
    const past = new Date(Date.now() - 24 * 60 * 60 * 1000);
    fs.utimesSync(serveBundle, past, past);
    expect(whyRebundle()).toMatch(/ changed$/);
    const logged: string[] = [];
    expect(ensureServeBundle((m) => logged.push(m))).toBe(serveBundle);
    expect(logged).toEqual([expect.stringMatching(/^\[serve\] bundling scripts\/serve\.ts \(.+ changed\)$/)]);
    expect(whyRebundle()).toBeNull();
    // Up to date: nothing to do, nothing said.
    ensureServeBundle((m) => logged.push(m));
    expect(logged).toHaveLength(1);
  });

  it("is what every starter runs, with plain node and no loader hooks", () => {
    const [command, args] = serveCommand(3999, ["--cpu-prof"]);
    expect(command).toBe(process.execPath);
    expect(args).toEqual(["--cpu-prof", path.join(root, ".next-serve/serve.mjs"), "-p", "3999"]);
    expect(args.join(" ")).not.toMatch(/--import|--loader|tsx/);
  });
});
