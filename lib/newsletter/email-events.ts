import type { Db } from "@/lib/db";
import { addressPart } from "@/lib/email/address-part";
import { Suppression } from "@/lib/generated/prisma/enums";

// What Resend's signed webhook tells us after an email left (app/api/resend/webhook): delivered,
// bounced, or marked as spam. Each event is recorded once, by the webhook message's id, so a
// redelivery changes nothing. A permanent bounce or a complaint stops updates to that address
// (the subscriber is "suppressed", with the provider's reason for staff); receipts and sign-in
// links are still tried, since a person may need them and a bounce there is only logged.

/** The part of a Resend webhook event this code reads (resend's WebhookEventPayload, narrowed). */
export type EmailEventPayload = {
  type: string;
  created_at: string;
  data: { email_id?: string; to?: string[]; bounce?: { type?: string; subType?: string; message?: string } };
};

export const HANDLED_EVENTS = ["email.delivered", "email.bounced", "email.complained"] as const;
type HandledEvent = (typeof HANDLED_EVENTS)[number];
const handles = (type: string): type is HandledEvent => (HANDLED_EVENTS as readonly string[]).includes(type);

export type EmailEventOutcome = "recorded" | "duplicate" | "ignored";

/** A permanent bounce: the address does not take mail (Resend reports SES-style types). */
export function isPermanentBounce(bounce: EmailEventPayload["data"]["bounce"]): boolean {
  return (bounce?.type ?? "").toLowerCase() === "permanent";
}

function bounceDetail(bounce: EmailEventPayload["data"]["bounce"]): string {
  const kind = [bounce?.type, bounce?.subType].filter(Boolean).join(", ");
  const message = (bounce?.message ?? "").replace(/\s+/g, " ").trim();
  return [kind && `${kind}`, message].filter(Boolean).join(": ") || "No reason given";
}

/** Records one verified event; `messageId` is the webhook message's id (`svix-id`). */
export async function recordEmailEvent(db: Db, messageId: string, event: EmailEventPayload): Promise<EmailEventOutcome> {
  if (!handles(event.type)) return "ignored";
  const occurredAt = new Date(event.created_at);
  const when = Number.isNaN(occurredAt.getTime()) ? new Date() : occurredAt;
  const providerId = event.data.email_id ?? null;
  const recipients = [...new Set((event.data.to ?? []).map((recipient) => addressPart(recipient).toLowerCase()).filter(Boolean))];
  const detail = event.type === "email.bounced" ? bounceDetail(event.data.bounce) : null;

  return db.$transaction(async (tx) => {
    const inserted = await tx.emailEvent.createMany({
      data: recipients.map((email, i) => ({ id: i === 0 ? messageId : `${messageId}/${i}`, type: event.type, email, providerId, detail, occurredAt: when })),
      skipDuplicates: true,
    });
    if (inserted.count === 0) return "duplicate";

    if (providerId) {
      const field = event.type === "email.delivered" ? "deliveredAt" : event.type === "email.bounced" ? "bouncedAt" : "complainedAt";
      await tx.newsletterDelivery.updateMany({ where: { providerId, [field]: null }, data: { [field]: when } });
    }

    const suppression =
      event.type === "email.complained"
        ? { suppression: Suppression.COMPLAINED, suppressionReason: "Marked an email from us as spam" }
        : event.type === "email.bounced" && isPermanentBounce(event.data.bounce)
          ? { suppression: Suppression.BOUNCED, suppressionReason: detail }
          : null;
    const suppressed =
      suppression && recipients.length
        ? (await tx.subscriber.updateMany({ where: { email: { in: recipients }, suppressedAt: null }, data: { suppressedAt: when, ...suppression } })).count
        : 0;
    if (event.type === "email.bounced") console.warn(`[email] ${recipients.join(", ")} bounced (${detail})${suppressed ? ": no more updates go there" : ""}`);
    return "recorded";
  });
}

/** What the last send of an update became, as the provider reported it. */
export async function deliveryReport(db: Db, newsletterId: string) {
  const [delivered, bounced, complained] = await Promise.all([
    db.newsletterDelivery.count({ where: { newsletterId, deliveredAt: { not: null } } }),
    db.newsletterDelivery.count({ where: { newsletterId, bouncedAt: { not: null } } }),
    db.newsletterDelivery.count({ where: { newsletterId, complainedAt: { not: null } } }),
  ]);
  return { delivered, bounced, complained };
}
