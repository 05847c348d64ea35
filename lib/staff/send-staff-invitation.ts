import { createElement } from "react";
import type { Db } from "@/lib/db";
import { loadEmailFooter } from "@/lib/email/footer";
import { sendEmail } from "@/lib/email/mailer";
import type { EmailTransport } from "@/lib/email/message";
import { renderEmail } from "@/lib/email/templates/render";
import { StaffInvitationEmail, staffInvitationSubject } from "@/lib/email/templates/staff-invitation-email";
import type { BackoffOptions } from "@/lib/email/with-backoff";
import { StaffRole } from "@/lib/generated/prisma/enums";
import type { EmailConfig } from "@/lib/newsletter/emails";
import { staffName } from "./staff-name";

/** The sign-in page with the address filled in: on SITE_URL's origin, never a request's. */
export function signInPageUrl(siteUrl: string, email: string): string {
  const url = new URL("/admin/sign-in", siteUrl);
  url.searchParams.set("email", email);
  return url.toString();
}

/**
 * The queue's handler for an invitation: one email per invited member (`staff-invite/<id>`), so
 * a retried job never sends a second. Nothing is sent to a member removed or disabled before the
 * job ran: the invitation would lead nowhere.
 */
export async function sendStaffInvitation(
  db: Db,
  config: EmailConfig,
  job: { userId: string },
  options: { transport?: EmailTransport; backoff?: BackoffOptions } = {},
): Promise<"sent" | "skipped" | "missing" | "disabled"> {
  const member = await db.user.findUnique({ where: { id: job.userId }, select: { id: true, email: true, role: true, disabledAt: true, invitedById: true } });
  if (!member) return "missing";
  if (member.disabledAt) return "disabled";
  const inviter = member.invitedById ? await db.user.findUnique({ where: { id: member.invitedById }, select: { name: true, email: true } }) : null;
  const footer = await loadEmailFooter(db, config);
  const { html, text } = await renderEmail(
    createElement(StaffInvitationEmail, {
      footer,
      invitation: {
        invitedBy: inviter ? staffName(inviter) : `An admin of ${footer.charityName}`,
        role: member.role === StaffRole.ADMIN ? "admin" : "editor",
        signInUrl: signInPageUrl(config.siteUrl, member.email),
        email: member.email,
      },
    }),
  );
  const { skipped } = await sendEmail(
    db,
    { to: member.email, subject: staffInvitationSubject(footer.charityName), html, text, idempotencyKey: `staff-invite/${member.id}` },
    options,
  );
  return skipped ? "skipped" : "sent";
}
