import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditActions } from "@/lib/audit/record-audit";
import { auditFilterSchema } from "@/lib/audit/list-audit";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) ? [relative] : [];
  });
}

describe("the audit log's writer", () => {
  it("is the only code that writes an audit row", () => {
    const offenders = ["app", "lib", "components", "scripts"]
      .flatMap(sourceFiles)
      .filter((file) => file !== path.join("lib", "audit", "record-audit.ts"))
      .filter((file) => /auditLog\s*\.\s*(create|createMany|upsert)\b/.test(fs.readFileSync(path.join(root, file), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("names each action once, in a form the log's filter accepts", () => {
    expect(new Set(auditActions).size).toBe(auditActions.length);
    for (const action of auditActions) expect(auditFilterSchema.parse({ action }).action).toBe(action);
  });
});
