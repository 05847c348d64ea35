// The job queue's vocabulary: queue names and what each job carries. Jobs carry ids, never
// secrets or personal data: handlers read the rest from the database. The one exception is a
// sign-in link, which exists nowhere else to read: it travels sealed (lib/security/seal.ts).
export const queues = {
  confirmSubscription: "email.confirm-subscription",
  newsletterBatch: "newsletter.batch",
  donationReceipt: "email.donation-receipt",
  expireAbandonedDonations: "donations.expire-abandoned",
  volunteerAcknowledgement: "email.volunteer-ack",
  signInLink: "email.sign-in-link",
  manageLinks: "email.manage-links",
  monthlyGiftCancelled: "email.monthly-gift-cancelled",
  // ── Stripe webhook money (issue #13) ──
  monthlyGiftPaymentFailed: "email.monthly-gift-payment-failed",
  // ── end Stripe webhook money ──
  // ── Staff invitations (issue #16) ──
  staffInvitation: "email.staff-invitation",
  // ── end staff invitations ──
  // ── Coat wall (issue #17) ──
  coatWallConfirm: "email.coat-wall-confirm",
  coatWallApproved: "email.coat-wall-approved",
  coatWallPurgeUnconfirmed: "coat-wall.purge-unconfirmed",
  // ── end coat wall ──
  // ── Coat drives (issue #18) ──
  coatDriveConfirm: "email.coat-drive-confirm",
  coatDriveEditLink: "email.coat-drive-edit-link",
  coatDriveDigest: "coat-drives.digest",
  coatDriveSweep: "coat-drives.sweep",
  // ── end coat drives ──
} as const;

export type JobData = {
  [queues.confirmSubscription]: { subscriberId: string; nonce: string };
  [queues.newsletterBatch]: { newsletterId: string; batch: number };
  [queues.donationReceipt]: { donationId: string; idempotencyKey: string };
  [queues.expireAbandonedDonations]: Record<string, never>;
  [queues.volunteerAcknowledgement]: { applicationId: string };
  /** The address and the link (with its token), sealed together. */
  [queues.signInLink]: { sealed: string };
  /** The active monthly gifts found for an address that asked (none for an unknown one). */
  [queues.manageLinks]: { requestId: string; donationIds: string[] };
  [queues.monthlyGiftCancelled]: { donationId: string };
  // ── Stripe webhook money (issue #13) ──
  /** A monthly gift's invoice whose card payment failed: one email per invoice. */
  [queues.monthlyGiftPaymentFailed]: { donationId: string; invoiceId: string };
  // ── end Stripe webhook money ──
  // ── Staff invitations (issue #16) ──
  /** A colleague just invited: who invited them and as what is read from their staff record. */
  [queues.staffInvitation]: { userId: string };
  // ── end staff invitations ──
  // ── Coat wall (issue #17) ──
  [queues.coatWallConfirm]: { photoId: string };
  [queues.coatWallApproved]: { photoId: string };
  [queues.coatWallPurgeUnconfirmed]: Record<string, never>;
  // ── end coat wall ──
  // ── Coat drives (issue #18) ──
  /** The organiser's confirmation link: derived from the drive and this nonce. */
  [queues.coatDriveConfirm]: { driveId: string; nonce: string };
  /** The organiser's private edit link: derived from the drive and this nonce; `renewed` when they asked for a new one. */
  [queues.coatDriveEditLink]: { driveId: string; nonce: string; renewed?: boolean };
  /** Daily: each drive's gifts since its last digest, to its organiser. */
  [queues.coatDriveDigest]: Record<string, never>;
  /** Often: drives past their end date close; goal-reached and ended emails go out once. */
  [queues.coatDriveSweep]: Record<string, never>;
  // ── end coat drives ──
};

export type QueueName = keyof JobData;

/**
 * Puts a job on the queue. `tx`, when given, is the transaction the job belongs to: the job
 * exists only if the transaction commits (pg-boss runs its insert on that connection).
 */
export type Enqueue = <Q extends QueueName>(queue: Q, data: JobData[Q], options?: { tx?: RawSql; singletonKey?: string }) => Promise<void>;

/** The one thing pg-boss needs from a transaction: run SQL and give back rows. */
export type RawSql = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };
