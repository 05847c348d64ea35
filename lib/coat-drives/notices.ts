import { createElement } from "react";
import type { Db } from "@/lib/db";
import { loadEmailFooter } from "@/lib/email/footer";
import { sendEmail } from "@/lib/email/mailer";
import type { EmailTransport } from "@/lib/email/message";
import { CoatDriveEmail } from "@/lib/email/templates/coat-drive-email";
import { renderEmail } from "@/lib/email/templates/render";
import { londonDay } from "@/lib/format/london-day";
import { formatCount } from "@/lib/format/money";
import { CoatDriveStatus, DonationStatus } from "@/lib/generated/prisma/enums";
import type { EmailConfig } from "@/lib/newsletter/emails";
import { firstName, progressOfDrives } from "./queries";
import { stopEmailsUrl } from "./tokens";

// The organiser hears about their drive at most once a day (a digest of the day's gifts), when it
// reaches its goal, and when it ends; each at most once (an idempotency key per drive and day or
// per event), never after they asked for no more (every email carries that link).

type Options = { transport?: EmailTransport; livemode: boolean; now?: Date };

const coats = (n: number) => `${formatCount(n)} ${n === 1 ? "coat" : "coats"}`;

async function mail(
  db: Db,
  config: EmailConfig,
  drive: { id: string; organiserEmail: string },
  email: { subject: string; heading: string; paragraphs: string[]; key: string },
  options: Options,
) {
  const footer = { ...(await loadEmailFooter(db, config)), unsubscribeUrl: stopEmailsUrl(config.siteUrl, drive.id) };
  const { html, text } = await renderEmail(
    createElement(CoatDriveEmail, { footer, preview: email.paragraphs[0] ?? email.heading, heading: email.heading, paragraphs: email.paragraphs }),
  );
  await sendEmail(db, { to: drive.organiserEmail, subject: email.subject, html, text, idempotencyKey: email.key }, { transport: options.transport });
}

/**
 * The daily digest: for each drive whose organiser still wants email, the gifts paid since the
 * last digest (first names, or "someone who gave anonymously"; never amounts) and where the drive
 * stands. A drive with no new gifts gets nothing. Sent under `coat-drive-digest/<id>/<London day>`,
 * so a retried or doubled job sends one a day; the drive's mark moves only after the send.
 */
export async function sendDriveDigests(db: Db, config: EmailConfig, options: Options): Promise<number> {
  const now = options.now ?? new Date();
  const drives = await db.coatDrive.findMany({
    where: { status: { in: [CoatDriveStatus.LIVE, CoatDriveStatus.CLOSED] }, approvedAt: { not: null }, emailsStoppedAt: null },
    select: { id: true, slug: true, name: true, goalCoats: true, organiserEmail: true, digestThrough: true, approvedAt: true },
  });
  const progress = await progressOfDrives(db, drives, { livemode: options.livemode });
  let sent = 0;
  for (const drive of drives) {
    const since = drive.digestThrough ?? drive.approvedAt!;
    const gifts = await db.donation.findMany({
      where: { driveId: drive.id, status: DonationStatus.PAID, livemode: options.livemode, paidAt: { gt: since, lte: now } },
      select: { donorName: true, anonymous: true },
    });
    if (gifts.length > 0) {
      const names = gifts.map((g) => (g.anonymous || !firstName(g.donorName) ? "someone who gave anonymously" : firstName(g.donorName)));
      const p = progress.get(drive.id)!;
      await mail(
        db,
        config,
        drive,
        {
          subject: `${gifts.length === 1 ? "A new gift" : `${gifts.length} new gifts`} to ${drive.name}`,
          heading: `${gifts.length === 1 ? "Someone gave" : `${gifts.length} people gave`} through your coat drive`,
          paragraphs: [
            `Since we last wrote: ${names.join(", ")}. Thank you for asking them.`,
            `${drive.name} now stands at ${coats(p.coatsTowardGoal)} of its goal of ${coats(drive.goalCoats)}. See it at ${config.siteUrl}/coat-drives/${drive.slug}`,
          ],
          key: `coat-drive-digest/${drive.id}/${londonDay(now)}`,
        },
        options,
      );
      sent++;
    }
    await db.coatDrive.updateMany({ where: { id: drive.id, OR: [{ digestThrough: null }, { digestThrough: { lt: now } }] }, data: { digestThrough: now } });
  }
  return sent;
}

/**
 * Often (every few minutes): drives past their end date close; a drive that reached its goal, and
 * one that ended, tells its organiser once (the mark is set only after the email was sent or
 * skipped as already sent, so a failure retries).
 */
export async function sweepDrives(db: Db, config: EmailConfig, options: Options): Promise<{ closed: number; goalEmails: number; endedEmails: number }> {
  const now = options.now ?? new Date();
  const today = londonDay(now);
  const { count: closed } = await db.coatDrive.updateMany({
    where: { status: { in: [CoatDriveStatus.LIVE, CoatDriveStatus.PAUSED] }, endsOn: { lt: new Date(`${today}T00:00:00Z`) } },
    data: { status: CoatDriveStatus.CLOSED, closedAt: now },
  });

  let goalEmails = 0;
  const live = await db.coatDrive.findMany({
    where: { status: CoatDriveStatus.LIVE, goalReachedEmailedAt: null },
    select: { id: true, slug: true, name: true, goalCoats: true, organiserEmail: true, emailsStoppedAt: true },
  });
  const progress = await progressOfDrives(db, live, { livemode: options.livemode });
  for (const drive of live) {
    const p = progress.get(drive.id)!;
    if (p.coatsTowardGoal < drive.goalCoats) continue;
    if (!drive.emailsStoppedAt) {
      await mail(
        db,
        config,
        drive,
        {
          subject: `${drive.name} has reached its goal`,
          heading: "You reached your goal!",
          paragraphs: [
            `${drive.name} has reached ${coats(p.coatsTowardGoal)}, its goal of ${coats(drive.goalCoats)}. Thank you, and thank everyone who gave.`,
            `The drive stays open until it ends, so every gift from now on still keeps someone warm. See it at ${config.siteUrl}/coat-drives/${drive.slug}`,
          ],
          key: `coat-drive-goal/${drive.id}`,
        },
        options,
      );
      goalEmails++;
    }
    await db.coatDrive.update({ where: { id: drive.id }, data: { goalReachedEmailedAt: now }, select: { id: true } });
  }

  let endedEmails = 0;
  const ended = await db.coatDrive.findMany({
    where: { status: CoatDriveStatus.CLOSED, approvedAt: { not: null }, endedEmailedAt: null },
    select: { id: true, slug: true, name: true, goalCoats: true, organiserEmail: true, emailsStoppedAt: true },
  });
  const endedProgress = await progressOfDrives(db, ended, { livemode: options.livemode });
  for (const drive of ended) {
    const p = endedProgress.get(drive.id)!;
    if (!drive.emailsStoppedAt) {
      await mail(
        db,
        config,
        drive,
        {
          subject: `${drive.name} has ended`,
          heading: "Your coat drive has ended",
          paragraphs: [
            `${drive.name} has ended with ${coats(p.coatsTowardGoal)} toward its goal of ${coats(drive.goalCoats)}, from ${formatCount(p.donationCount)} ${p.donationCount === 1 ? "gift" : "gifts"} and the coats you collected.`,
            "Thank you for running it. Its page stays up to say what you achieved. If you collected coats we haven’t counted yet, reply to this email.",
          ],
          key: `coat-drive-ended/${drive.id}`,
        },
        options,
      );
      endedEmails++;
    }
    await db.coatDrive.update({ where: { id: drive.id }, data: { endedEmailedAt: now }, select: { id: true } });
  }
  return { closed, goalEmails, endedEmails };
}
