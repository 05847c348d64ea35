import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;

const text = z.string().trim().max(200).optional().catch(undefined);

/** The audit log's filters, from the query string; anything malformed is ignored. */
export const auditFilterSchema = z.object({
  action: z
    .string()
    .regex(/^[a-z-]+(\.[a-z-]+)*$/)
    .max(60)
    .optional()
    .catch(undefined),
  actor: text,
  subject: text,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

function auditWhere(filter: AuditFilter): Prisma.AuditLogWhereInput {
  return {
    ...(filter.action ? { OR: [{ action: filter.action }, { action: { startsWith: `${filter.action}.` } }] } : {}),
    ...(filter.actor ? { actor: { email: { contains: filter.actor, mode: "insensitive" } } } : {}),
    ...(filter.subject ? { subject: { contains: filter.subject, mode: "insensitive" } } : {}),
  };
}

/** One page of the audit log, newest first, with the actions there are to filter by. */
export async function listAudit(db: Db, filter: AuditFilter) {
  const where = auditWhere(filter);
  const [rows, total, actions] = await Promise.all([
    db.auditLog.findMany({
      where,
      select: { id: true, action: true, subject: true, details: true, createdAt: true, actor: { select: { email: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    db.auditLog.count({ where }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return { rows, total, totalPages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), actions: actions.map((a) => a.action) };
}

/** A change's details as short "key: value" pairs for the table. */
export function describeDetails(details: Prisma.JsonValue | null): string {
  if (details === null || typeof details !== "object" || Array.isArray(details)) return details === null ? "" : JSON.stringify(details);
  return Object.entries(details)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join(", ");
}
