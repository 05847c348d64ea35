import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CoatDriveStatus } from "@/lib/generated/prisma/enums";
import { storePageImage, type PageImageUpload } from "@/lib/images/page-image-store";
import { queues, type Enqueue } from "@/lib/queue/jobs";
import type { StartDriveInput } from "./drive-schema";
import { freeSlug, slugFrom } from "./slug";
import { confirmToken, newNonce, sha256 } from "./tokens";

/** How long the organiser's confirmation link works. */
export const CONFIRM_HOURS = 72;

const calendarDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

/**
 * Saves a new drive (with its photo, when one was chosen, written under the image's lock), waiting for its organiser to confirm their address, and queues the email with
 * the confirmation link, in one transaction: both or neither. The drive gets the first free
 * address made from its name; two drives of the same name started at the same moment both try it,
 * and the loser tries again with the next.
 */
export async function startDrive(
  db: Db,
  enqueue: Enqueue,
  input: StartDriveInput,
  options: { sendEmail: boolean; campaignId?: string; now?: Date; photo?: PageImageUpload } = { sendEmail: true },
): Promise<{ id: string; slug: string }> {
  const now = options.now ?? new Date();
  const base = slugFrom(input.name);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(
        async (tx) => {
          const taken = await tx.coatDrive.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
          const slug = freeSlug(base, new Set(taken.map((t) => t.slug)));
          const nonce = newNonce();
          const drive = await tx.coatDrive.create({
            data: {
              slug,
              name: input.name,
              kind: input.kind,
              goalCoats: input.goal,
              story: input.story,
              endsOn: input.endsOn ? calendarDay(input.endsOn) : null,
              photoKey: options.photo?.image.key ?? null,
              photoAlt: options.photo ? input.photoAlt || null : null,
              status: CoatDriveStatus.PENDING_CONFIRMATION,
              organiserName: input.organiserName,
              organiserEmail: input.email,
              confirmTokenExpiresAt: new Date(now.getTime() + CONFIRM_HOURS * 3_600_000),
            },
            select: { id: true, slug: true },
          });
          if (options.photo) await storePageImage(tx, options.photo.storage, options.photo.image);
          await tx.coatDrive.update({ where: { id: drive.id }, data: { confirmTokenHash: sha256(confirmToken(drive.id, nonce)) }, select: { id: true } });
          // Past the inbox's own cap the drive is still saved; only the email is not sent.
          if (options.sendEmail) await enqueue(queues.coatDriveConfirm, { driveId: drive.id, nonce }, { tx, singletonKey: `coat-drive-confirm/${drive.id}` });
          return drive;
        },
        options.photo ? { timeout: 30_000 } : undefined,
      );
    } catch (error) {
      if (attempt < 5 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
}
