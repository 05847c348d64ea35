import type { Prisma } from "@/lib/generated/prisma/client";

type Writer = Pick<Prisma.TransactionClient, "auditLog">;

/** Records a staff change; pass the transaction the change is made in, so both or neither happen. */
export async function recordAudit(db: Writer, entry: { actorId: string; action: string; subject: string; details?: Prisma.InputJsonValue }) {
  await db.auditLog.create({ data: entry });
}
