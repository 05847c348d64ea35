import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findAuditLinks } from "./audit-links";
import { describeAudit } from "./describe-audit";

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

/** The latest changes, as sentences (the staff page's "Recent changes"). */
export async function recentAudit(db: Db, take: number) {
  const rows = await db.auditLog.findMany({
    select: {
      id: true,
      action: true,
      subject: true,
      details: true,
      createdAt: true,
      actor: { select: { name: true, email: true, role: true, disabledAt: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  const links = await findAuditLinks(db, rows);
  return rows.map((row) => ({ id: row.id, createdAt: row.createdAt, action: row.action, subject: row.subject, sentence: describeAudit(row, links) }));
}

/** One page of the audit log, newest first, each row as a sentence, with the actions there are to filter by. */
export async function listAudit(db: Db, filter: AuditFilter) {
  const where = auditWhere(filter);
  const [rows, total, actions] = await Promise.all([
    db.auditLog.findMany({
      where,
      select: {
        id: true,
        action: true,
        subject: true,
        details: true,
        createdAt: true,
        actor: { select: { name: true, email: true, role: true, disabledAt: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    db.auditLog.count({ where }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  const links = await findAuditLinks(db, rows);
  return {
    rows: rows.map((row) => ({ id: row.id, createdAt: row.createdAt, action: row.action, subject: row.subject, sentence: describeAudit(row, links) })),
    total,
    totalPages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actions: actions.map((a) => a.action),
  };
}
