import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";

/** The problems staff still have to look into: shown as a notice on /admin/donations. */
export const openProblemsWhere = { resolvedAt: null } as const;

export const problemSelect = {
  id: true,
  stripeEventId: true,
  eventType: true,
  donationId: true,
  kinds: true,
  expected: true,
  received: true,
  occurredAt: true,
  createdAt: true,
  resolvedAt: true,
  resolvedById: true,
  resolvedNote: true,
} as const;

export function countOpenProblems(db: Db): Promise<number> {
  return db.paymentProblem.count({ where: openProblemsWhere });
}

/** How many resolved problems the list shows: the latest ones, and it says so. */
export const RESOLVED_SHOWN = 50;

/** Open problems first (oldest first: the longest waiting), then the latest resolved ones. */
export async function listProblems(db: Db) {
  const [open, resolved] = await Promise.all([
    db.paymentProblem.findMany({ where: openProblemsWhere, select: problemSelect, orderBy: [{ occurredAt: "asc" }, { id: "asc" }], take: 500 }),
    db.paymentProblem.findMany({
      where: { resolvedAt: { not: null } },
      select: problemSelect,
      orderBy: [{ resolvedAt: "desc" }, { id: "desc" }],
      take: RESOLVED_SHOWN,
    }),
  ]);
  const openTotal = open.length < 500 ? open.length : await countOpenProblems(db);
  return { open, openTotal, resolved };
}

export type ResolveResult = { ok: true } | { ok: false; reason: "not-found" | "already-resolved" };

/**
 * Marks a problem resolved, with who and when, and audits it, in one transaction. Only an open
 * problem is resolved: a second click (or a colleague's) changes nothing and says so.
 */
export async function resolveProblem(db: Db, input: { id: string; note: string }, actorId: string, now: Date = new Date()): Promise<ResolveResult> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.paymentProblem.updateMany({
      where: { id: input.id, resolvedAt: null },
      data: { resolvedAt: now, resolvedById: actorId, resolvedNote: input.note || null },
    });
    if (count === 0) {
      const exists = await tx.paymentProblem.findUnique({ where: { id: input.id }, select: { id: true } });
      return { ok: false as const, reason: exists ? ("already-resolved" as const) : ("not-found" as const) };
    }
    const problem = await tx.paymentProblem.findUniqueOrThrow({ where: { id: input.id }, select: { stripeEventId: true, donationId: true, kinds: true } });
    await recordAudit(tx, { actorId, action: "payment-problem.resolve", subject: input.id, details: { ...problem, note: input.note } });
    return { ok: true as const };
  });
}
