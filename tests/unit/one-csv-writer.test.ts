import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) ? [relative] : [];
  });
}

// Every CSV the site writes must go through lib/csv (one cell guard against formulas): a later
// export that writes its own text/csv, or reaches for a CSV library, fails here.
describe("one CSV writer", () => {
  it("is the only code that writes CSV or serves a download", () => {
    const offenders = ["app", "lib", "components"]
      .flatMap(sourceFiles)
      .filter((file) => !file.startsWith(path.join("lib", "csv") + path.sep))
      .filter((file) => /text\/csv|csv-stringify|csv-writer|papaparse|Content-Disposition/i.test(fs.readFileSync(path.join(root, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
