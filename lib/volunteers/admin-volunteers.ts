import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { VolunteerPlace, VolunteerStatus } from "@/lib/generated/prisma/enums";

/** The filters of the staff volunteers list, from its query string; anything odd is dropped. */
export const volunteerFilterSchema = z.object({
  status: z.enum(VolunteerStatus).optional().catch(undefined),
  place: z.enum(VolunteerPlace).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type VolunteerFilter = z.infer<typeof volunteerFilterSchema>;
export const VOLUNTEERS_PER_PAGE = 25;

export function volunteerWhere(f: VolunteerFilter): Prisma.VolunteerApplicationWhereInput {
  return { ...(f.status ? { status: f.status } : {}), ...(f.place ? { place: f.place } : {}) };
}

/** One page of applications, newest first. */
export async function listVolunteerApplications(db: Db, f: VolunteerFilter) {
  const where = volunteerWhere(f);
  const [total, rows] = await Promise.all([
    db.volunteerApplication.count({ where }),
    db.volunteerApplication.findMany({
      where,
      select: { id: true, createdAt: true, name: true, email: true, place: true, availableFrom: true, availableTo: true, status: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * VOLUNTEERS_PER_PAGE,
      take: VOLUNTEERS_PER_PAGE,
    }),
  ]);
  return { total, rows, totalPages: Math.max(1, Math.ceil(total / VOLUNTEERS_PER_PAGE)) };
}

/** One application as staff see it, with the history of its status. */
export async function findVolunteerApplication(db: Db, id: string) {
  const application = await db.volunteerApplication.findUnique({ where: { id } });
  if (!application) return null;
  const history = await db.auditLog.findMany({
    where: { subject: id, action: "volunteer.status" },
    select: { id: true, createdAt: true, details: true, actor: { select: { email: true } } },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return { application, history };
}
