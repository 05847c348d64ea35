import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { sendEmail } from "@/lib/email/mailer";
import type { EmailTransport } from "@/lib/email/message";
import type { BackoffOptions } from "@/lib/email/with-backoff";
import type { EmailConfig } from "./emails";
import { newsletterSchema } from "./start-newsletter";
import { renderStaffCopy } from "./staff-copy";

/**
 * Sends the update as it stands to the member of staff alone, marked "[Test]", through the same
 * mailer as everything else. Each press is its own email under its own key (a retry of one
 * press reuses it). The audit record follows the send: the mailer keeps its own record of the
 * email outside any transaction we could share, and a test changes nothing else.
 */
export async function sendTestNewsletter(
  db: Db,
  config: EmailConfig,
  input: { subject: string; body: string },
  staff: { id: string; email: string },
  options: { transport?: EmailTransport; backoff?: BackoffOptions } = {},
): Promise<{ idempotencyKey: string }> {
  const { subject, body } = newsletterSchema.parse(input);
  const { subject: shownSubject, html, text } = await renderStaffCopy(db, config, { subject, body });
  const idempotencyKey = `newsletter-test/${staff.id}/${crypto.randomUUID()}`;
  await sendEmail(db, { to: staff.email, subject: `[Test] ${shownSubject}`, html, text, idempotencyKey }, options);
  await recordAudit(db, { actorId: staff.id, action: "newsletter.test", subject: staff.email, details: { subject, idempotencyKey } });
  return { idempotencyKey };
}
