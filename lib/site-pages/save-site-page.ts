import type { Db } from "@/lib/db";
import { changedFields } from "@/lib/audit/changed-fields";
import { recordAudit } from "@/lib/audit/record-audit";
import { hasRole } from "@/lib/auth/staff-access";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { editablePage } from "./editable-pages";
import type { PageForm } from "./page-form-schema";

export type SavePageOutcome = { ok: true; version: number; changed: boolean } | { ok: false; reason: "not-editable" | "forbidden" | "conflict" };

const fields = ["title", "description", "body"] as const;

/**
 * Saves a site page as staff wrote it, with its audit entry (only the fields that changed), in
 * one transaction. Who may edit which page is checked here, beside the data, whatever called it:
 * editors /about, admins also the legal statements. The save carries the version the editor
 * opened (0 for a page never saved): if a colleague saved in between, nothing is written.
 */
export async function saveSitePage(db: Db, form: PageForm, actor: { id: string; role: StaffRole }): Promise<SavePageOutcome> {
  const page = editablePage(form.slug);
  if (!page) return { ok: false, reason: "not-editable" };
  if (!hasRole(actor.role, page.role)) return { ok: false, reason: "forbidden" };
  const after = { title: form.title, description: form.description, body: form.body };
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.sitePage.findUnique({ where: { slug: page.slug }, select: { version: true, title: true, description: true, body: true } });
      if ((before?.version ?? 0) !== form.version) return { ok: false as const, reason: "conflict" as const };
      let version: number;
      if (!before) {
        await tx.sitePage.create({ data: { slug: page.slug, ...after, updatedById: actor.id } });
        version = 1;
      } else {
        const { count } = await tx.sitePage.updateMany({
          where: { slug: page.slug, version: form.version },
          data: { ...after, updatedById: actor.id, version: { increment: 1 } },
        });
        if (count === 0) return { ok: false as const, reason: "conflict" as const };
        version = form.version + 1;
      }
      const changes = changedFields(before ?? {}, after, fields);
      await recordAudit(tx, { actorId: actor.id, action: "site-page.edit", subject: page.slug, details: { changes } });
      return { ok: true as const, version, changed: Object.keys(changes).length > 0 };
    });
  } catch (error) {
    // Two first saves of a page never saved before: the other one made the row.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "conflict" };
    throw error;
  }
}
