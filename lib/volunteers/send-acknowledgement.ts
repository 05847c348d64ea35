import { createElement } from "react";
import type { Db } from "@/lib/db";
import { loadEmailFooter } from "@/lib/email/footer";
import { sendEmail } from "@/lib/email/mailer";
import type { EmailTransport } from "@/lib/email/message";
import { renderEmail } from "@/lib/email/templates/render";
import { VolunteerAckEmail, volunteerAckSubject } from "@/lib/email/templates/volunteer-ack-email";
import type { BackoffOptions } from "@/lib/email/with-backoff";
import { formatUkDate } from "@/lib/format/date";
import type { EmailConfig } from "@/lib/newsletter/emails";
import { placeLabel } from "./options";

/**
 * The queue's handler for an application's acknowledgement: one email per application, under
 * `volunteer-ack/<id>`, so a retried job never sends a second. An application deleted before the
 * job ran sends nothing.
 *
 * Nobody has confirmed the address it goes to, so it reads only the application's place and
 * dates: none of the applicant's own words (name, note, languages they typed) can be relayed.
 */
export async function sendVolunteerAcknowledgement(
  db: Db,
  config: EmailConfig,
  job: { applicationId: string },
  options: { transport?: EmailTransport; backoff?: BackoffOptions } = {},
): Promise<"sent" | "skipped" | "missing"> {
  const application = await db.volunteerApplication.findUnique({
    where: { id: job.applicationId },
    select: { id: true, email: true, place: true, availableFrom: true, availableTo: true },
  });
  if (!application) return "missing";
  const footer = await loadEmailFooter(db, config);
  const from = formatUkDate(application.availableFrom);
  const to = formatUkDate(application.availableTo);
  const { html, text } = await renderEmail(
    createElement(VolunteerAckEmail, {
      footer,
      application: {
        place: placeLabel(application.place),
        dates: from === to ? from : `${from} to ${to}`,
      },
    }),
  );
  const { skipped } = await sendEmail(
    db,
    { to: application.email, subject: volunteerAckSubject(footer.charityName), html, text, idempotencyKey: `volunteer-ack/${application.id}` },
    options,
  );
  return skipped ? "skipped" : "sent";
}
