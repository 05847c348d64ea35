// The production server's entry, bundled for plain `node` (scripts/lib/serve-bundle.mjs): what
// the bundle may import, and that a stale one is made again. The server starting from it, every
// way, is proven by the end-to-end tests (playwright.config.ts, tests/e2e/layout.spec.ts).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensureServeBundle, makeServeBundle, serveBundle, whyRebundle } from "../../scripts/lib/serve-bundle.mjs";
import { serveCommand } from "../../scripts/lib/serve-command";

const root = path.resolve(import.meta.dirname, "../..");

describe("the bundled server entry", () => {
  it("is plain JavaScript that imports only Node's modules and installed packages, never server-only or tsx", () => {
    makeServeBundle();
    const code = fs.readFileSync(serveBundle, "utf8");
    const imported = [...code.matchAll(/^import\s+(?:[^"']*\s+from\s+)?["']([^"']+)["']/gm)].map((m) => m[1]);
    expect(imported.length).toBeGreaterThan(0);
    for (const specifier of imported) {
      expect(specifier, "a relative import would look beside the bundle, in .next-serve/").not.toMatch(/^\.{1,2}\//);
      expect(specifier).not.toMatch(/^(server-only|tsx)(\/|$)/);
    }
    expect(imported).toEqual(expect.arrayContaining(["next", "@next/env", "node:http"]));
    // The entry's own code and what it imports from lib/ are in it.
    expect(code).toContain("prepareIncoming");
    expect(code).toContain("TRUSTED_PROXY_HOPS");
    expect(whyRebundle()).toBeNull();
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
