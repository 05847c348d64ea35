import { createElement } from "react";
import type { Db } from "@/lib/db";
import { loadEmailFooter } from "@/lib/email/footer";
import { sendEmail } from "@/lib/email/mailer";
import type { EmailTransport } from "@/lib/email/message";
import { CoatWallApprovedEmail, coatWallApprovedSubject, CoatWallConfirmEmail, coatWallConfirmSubject } from "@/lib/email/templates/coat-wall-emails";
import { renderEmail } from "@/lib/email/templates/render";
import type { BackoffOptions } from "@/lib/email/with-backoff";
import { CoatPhotoStatus } from "@/lib/generated/prisma/enums";
import type { EmailConfig } from "@/lib/newsletter/emails";
import { CONFIRM_HOURS } from "./photo-limits";
import { confirmPhotoUrl, deletePhotoUrl } from "./tokens";

type Options = { transport?: EmailTransport; backoff?: BackoffOptions };

/**
 * The queue's handler for an upload's confirmation email: once per photo (`coat-wall-confirm/<id>`),
 * and nothing for a photo deleted, confirmed or taken down before the job ran.
 */
export async function sendCoatWallConfirmation(db: Db, config: EmailConfig, job: { photoId: string }, options: Options = {}): Promise<"sent" | "skipped"> {
  const photo = await db.coatPhoto.findUnique({ where: { id: job.photoId }, select: { id: true, email: true, nonce: true, status: true, confirmedAt: true } });
  if (!photo || photo.status !== CoatPhotoStatus.PENDING || photo.confirmedAt) return "skipped";
  const footer = await loadEmailFooter(db, config);
  const { html, text } = await renderEmail(
    createElement(CoatWallConfirmEmail, {
      confirmUrl: confirmPhotoUrl(config.siteUrl, photo.nonce),
      deleteUrl: deletePhotoUrl(config.siteUrl, photo.nonce),
      expiresInHours: CONFIRM_HOURS,
      footer,
    }),
  );
  const { skipped } = await sendEmail(
    db,
    { to: photo.email, subject: coatWallConfirmSubject(footer.charityName), html, text, idempotencyKey: `coat-wall-confirm/${photo.id}` },
    options,
  );
  return skipped ? "skipped" : "sent";
}

/** "Your photo is on the wall": once per photo, and only while it still is. */
export async function sendCoatWallApproved(db: Db, config: EmailConfig, job: { photoId: string }, options: Options = {}): Promise<"sent" | "skipped"> {
  const photo = await db.coatPhoto.findUnique({ where: { id: job.photoId }, select: { id: true, email: true, nonce: true, status: true } });
  if (!photo || photo.status !== CoatPhotoStatus.APPROVED) return "skipped";
  const footer = await loadEmailFooter(db, config);
  const { html, text } = await renderEmail(
    createElement(CoatWallApprovedEmail, {
      photoUrl: `${config.siteUrl}/coat-wall/${photo.id}`,
      deleteUrl: deletePhotoUrl(config.siteUrl, photo.nonce),
      footer,
    }),
  );
  const { skipped } = await sendEmail(
    db,
    { to: photo.email, subject: coatWallApprovedSubject, html, text, idempotencyKey: `coat-wall-approved/${photo.id}` },
    options,
  );
  return skipped ? "skipped" : "sent";
}
