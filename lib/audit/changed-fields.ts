import type { AuditChanges, AuditValue } from "./record-audit";

/**
 * Before → after of the fields whose value differs, for the audit log: only what changed, never
 * the fields a form merely sent again. `keys` are the fields to compare (a form's own fields).
 */
export function changedFields<K extends string>(before: Partial<Record<K, unknown>>, after: Partial<Record<K, unknown>>, keys: readonly K[]): AuditChanges {
  const changes: AuditChanges = {};
  for (const key of keys) {
    const from = asValue(before[key]);
    const to = asValue(after[key]);
    if (from !== to) changes[key] = { from, to };
  }
  return changes;
}

/** Two lists of items (figures, ways to help) compared position by position, each item as named fields. */
export function changedItems(label: string, before: Record<string, unknown>[], after: Record<string, unknown>[], fields: Record<string, string>): AuditChanges {
  const changes: AuditChanges = {};
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    for (const [field, name] of Object.entries(fields)) {
      const from = asValue(before[i]?.[field]);
      const to = asValue(after[i]?.[field]);
      if (from !== to) changes[`${label} ${i + 1}${name ? ` ${name}` : ""}`] = { from, to };
    }
  }
  return changes;
}

function asValue(value: unknown): AuditValue {
  if (value === undefined || value === null || value === "") return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}
