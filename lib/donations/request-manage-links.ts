import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { DonationFrequency, DonationStatus } from "@/lib/generated/prisma/enums";
import { queues, type Enqueue } from "@/lib/queue/jobs";

/** A monthly gift still running: paid, not cancelled, the first donation of its subscription. */
export const activeMonthlyGift = { frequency: DonationFrequency.MONTHLY, status: DonationStatus.PAID, parentId: null, subscriptionEndedAt: null } as const;

/**
 * "Email me a new link" on /donate/manage: queues one email of fresh manage links for the active
 * monthly gifts paid from `email`. The same work is done whatever the address (a job is queued
 * even when it has no gifts, and its handler sends nothing), so neither the answer nor its timing
 * says whether someone gives monthly. The email goes only to the address the gifts were paid
 * from, and carries nothing the asker typed.
 */
export async function requestManageLinks(db: Db, enqueue: Enqueue, email: string): Promise<void> {
  const gifts = await db.donation.findMany({
    where: { ...activeMonthlyGift, donorEmail: { equals: email, mode: "insensitive" } },
    select: { id: true },
    orderBy: { paidAt: "asc" },
    take: 20,
  });
  const requestId = crypto.randomUUID();
  await enqueue(queues.manageLinks, { requestId, donationIds: gifts.map((g) => g.id) }, { singletonKey: `manage-links/${requestId}` });
}
