import { createElement } from "react";
import type { Db } from "@/lib/db";
import { loadEmailFooter } from "@/lib/email/footer";
import { sendEmail } from "@/lib/email/mailer";
import type { EmailTransport } from "@/lib/email/message";
import { CoatDriveEmail } from "@/lib/email/templates/coat-drive-email";
import { renderEmail } from "@/lib/email/templates/render";
import type { BackoffOptions } from "@/lib/email/with-backoff";
import { CoatDriveStatus } from "@/lib/generated/prisma/enums";
import type { EmailConfig } from "@/lib/newsletter/emails";
import { CONFIRM_HOURS } from "./start-drive";
import { confirmToken, confirmUrl, editToken, editUrl, sha256, stopEmailsUrl } from "./tokens";

type SendOptions = { transport?: EmailTransport; backoff?: BackoffOptions };

/**
 * The confirmation link, to an address nobody has confirmed yet: so fixed words only, none of
 * what was typed into the form (a drive's name or story would let a stranger make the charity send
 * their text to anyone). Sent once per drive; a link superseded or already used sends nothing.
 */
export async function sendDriveConfirmation(db: Db, config: EmailConfig, job: { driveId: string; nonce: string }, options: SendOptions = {}) {
  const drive = await db.coatDrive.findUnique({ where: { id: job.driveId }, select: { id: true, organiserEmail: true, status: true, confirmTokenHash: true } });
  if (!drive || drive.status !== CoatDriveStatus.PENDING_CONFIRMATION || drive.confirmTokenHash !== sha256(confirmToken(drive.id, job.nonce)))
    return "superseded";
  const footer = await loadEmailFooter(db, config);
  const { html, text } = await renderEmail(
    createElement(CoatDriveEmail, {
      footer,
      preview: `Confirm your email address to start your coat drive with ${footer.charityName}.`,
      heading: "Please confirm your coat drive",
      paragraphs: [
        `Someone, hopefully you, started a coat drive for the ${footer.charityName} winter appeal with this email address. Before anything is public, please confirm it was you.`,
        "Once you confirm, we’ll email you a private link to edit your drive, and our team will check it and put it live, usually within two working days.",
      ],
      button: { href: confirmUrl(config.siteUrl, drive.id, job.nonce), label: "Confirm my coat drive" },
      after: [`This link works for ${CONFIRM_HOURS} hours. If it wasn’t you, ignore this email: nothing will be published.`],
    }),
  );
  await sendEmail(
    db,
    {
      to: drive.organiserEmail,
      subject: `Please confirm your coat drive for ${footer.charityName}`,
      html,
      text,
      idempotencyKey: `coat-drive-confirm/${drive.id}`,
    },
    options,
  );
  return "sent";
}

/** The organiser's private edit link, sent once their address is confirmed, and again whenever they ask for a new one. */
export async function sendDriveEditLink(db: Db, config: EmailConfig, job: { driveId: string; nonce: string; renewed?: boolean }, options: SendOptions = {}) {
  const drive = await db.coatDrive.findUnique({
    where: { id: job.driveId },
    select: { id: true, name: true, organiserEmail: true, editTokenHash: true, emailsStoppedAt: true },
  });
  if (!drive || drive.editTokenHash !== sha256(editToken(drive.id, job.nonce))) return "superseded";
  const footer = { ...(await loadEmailFooter(db, config)), unsubscribeUrl: stopEmailsUrl(config.siteUrl, drive.id) };
  const { html, text } = await renderEmail(
    createElement(CoatDriveEmail, {
      footer,
      preview: `Your private link to edit ${drive.name}.`,
      ...(job.renewed
        ? {
            heading: "Your new link for your coat drive",
            paragraphs: [
              `You asked for a new private link for ${drive.name}. It lets you edit the drive’s story, goal, end date and photo, and tell us how many coats you’ve collected. Please don’t share it: anyone with it can edit your drive.`,
              "Any link we sent you before no longer works. If you didn’t ask for this, you can ignore this email: only this address receives the link.",
            ],
          }
        : {
            heading: "Thank you: your coat drive is with our team",
            paragraphs: [
              `Thank you for starting ${drive.name}. Our team will check it and put it live, usually within two working days; we’ll email you when it is.`,
              "Meanwhile, and for as long as the drive runs, this private link lets you edit its story, goal and end date, add a photo, and tell us how many coats you’ve collected. Please don’t share it: anyone with it can edit your drive.",
            ],
          }),
      button: { href: editUrl(config.siteUrl, drive.id, job.nonce), label: "Edit my coat drive" },
    }),
  );
  await sendEmail(
    db,
    { to: drive.organiserEmail, subject: `Your coat drive: ${drive.name}`, html, text, idempotencyKey: `coat-drive-edit-link/${drive.id}/${job.nonce}` },
    options,
  );
  return "sent";
}
