import { describe, expect, it } from "vitest";
import { DonationStatus } from "@/lib/generated/prisma/enums";
import { moveStatus, sessionEventStatus, statusAfter, statusMoves, type StatusEvent } from "@/lib/donations/webhook/donation-status";

const { PENDING, EXPIRED, FAILED, PAID, REFUNDED } = DonationStatus;
const statuses = [PENDING, EXPIRED, FAILED, PAID, REFUNDED] as const;

// Written out by hand rather than derived from the module's ranks: every move a donation may make.
const allowed: Record<DonationStatus, DonationStatus[]> = {
  PENDING: [EXPIRED, FAILED, PAID, REFUNDED],
  EXPIRED: [PAID, REFUNDED],
  FAILED: [PAID, REFUNDED],
  PAID: [REFUNDED],
  REFUNDED: [],
};
const stamps = { EXPIRED: "expiredAt", FAILED: "failedAt", PAID: "paidAt", REFUNDED: "refundedAt" } as const;

describe("moveStatus", () => {
  for (const from of statuses) {
    for (const to of statuses) {
      const forward = allowed[from].includes(to);
      it(`${from} → ${to} ${forward ? "moves, stamping the time" : "keeps the status"}`, () => {
        expect(moveStatus(from, to)).toEqual(forward ? { to, stamp: stamps[to as keyof typeof stamps] } : null);
      });
    }
  }
});

describe("sessionEventStatus", () => {
  const paymentStatuses = ["paid", "no_payment_required", "unpaid", null];
  it.each([
    ["checkout.session.completed", "paid", PAID],
    ["checkout.session.completed", "no_payment_required", PAID],
    // Slower payment methods: the session completes before the money arrives.
    ["checkout.session.completed", "unpaid", null],
    ["checkout.session.completed", null, null],
  ] as const)("%s with payment %s asks for %s", (type, paymentStatus, expected) => {
    expect(sessionEventStatus(type, paymentStatus)).toBe(expected);
  });
  it.each([
    ["checkout.session.async_payment_succeeded", PAID],
    ["checkout.session.async_payment_failed", FAILED],
    ["checkout.session.expired", EXPIRED],
    ["invoice.paid", null],
    ["charge.refunded", null],
  ] as const)("%s asks for %s whatever the payment status", (type, expected) => {
    for (const paymentStatus of paymentStatuses) expect(sessionEventStatus(type, paymentStatus)).toBe(expected);
  });
});

const events = {
  "completed, paid": { type: "checkout.session.completed", paymentStatus: "paid" },
  "completed, processing": { type: "checkout.session.completed", paymentStatus: "unpaid" },
  "async payment succeeded": { type: "checkout.session.async_payment_succeeded" },
  "async payment failed": { type: "checkout.session.async_payment_failed" },
  expired: { type: "checkout.session.expired" },
  "first invoice paid": { type: "invoice.paid" },
  "full refund or lost dispute": { type: "money returned", full: true },
  "partial refund": { type: "money returned", full: false },
} satisfies Record<string, StatusEvent>;
type EventName = keyof typeof events;

// What each event does to a donation in each status: the whole table, by hand.
const after: Record<EventName, Record<DonationStatus, DonationStatus>> = {
  "completed, paid": { PENDING: PAID, EXPIRED: PAID, FAILED: PAID, PAID: PAID, REFUNDED: REFUNDED },
  "completed, processing": { PENDING: PENDING, EXPIRED: EXPIRED, FAILED: FAILED, PAID: PAID, REFUNDED: REFUNDED },
  "async payment succeeded": { PENDING: PAID, EXPIRED: PAID, FAILED: PAID, PAID: PAID, REFUNDED: REFUNDED },
  "async payment failed": { PENDING: FAILED, EXPIRED: EXPIRED, FAILED: FAILED, PAID: PAID, REFUNDED: REFUNDED },
  expired: { PENDING: EXPIRED, EXPIRED: EXPIRED, FAILED: FAILED, PAID: PAID, REFUNDED: REFUNDED },
  "first invoice paid": { PENDING: PAID, EXPIRED: PAID, FAILED: PAID, PAID: PAID, REFUNDED: REFUNDED },
  "full refund or lost dispute": { PENDING: REFUNDED, EXPIRED: REFUNDED, FAILED: REFUNDED, PAID: REFUNDED, REFUNDED: REFUNDED },
  "partial refund": { PENDING: PENDING, EXPIRED: EXPIRED, FAILED: FAILED, PAID: PAID, REFUNDED: REFUNDED },
};

describe("statusAfter", () => {
  for (const name of Object.keys(events) as EventName[]) {
    for (const from of statuses) {
      it(`${name} on a ${from} donation leaves it ${after[name][from]}`, () => {
        expect(statusAfter(from, events[name])).toBe(after[name][from]);
      });
    }
  }

  it("a full refund of a pending gift pays it first (its receipt is due), then refunds it", () => {
    expect(statusMoves(PENDING, events["full refund or lost dispute"])).toEqual([
      { to: PAID, stamp: "paidAt" },
      { to: REFUNDED, stamp: "refundedAt" },
    ]);
    // An expired or failed session that was refunded never had its payment recorded: no receipt.
    expect(statusMoves(EXPIRED, events["full refund or lost dispute"])).toEqual([{ to: REFUNDED, stamp: "refundedAt" }]);
  });

  function permutations<T>(items: T[]): T[][] {
    if (items.length <= 1) return [items];
    return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
  }

  // Stripe delivers in any order and more than once. A session ends one way (expired or failed),
  // never both, so each history below is one Stripe can send.
  it.each([
    [["completed, paid", "expired", "full refund or lost dispute"], REFUNDED],
    [["completed, processing", "async payment succeeded", "expired", "partial refund"], PAID],
    [["completed, processing", "async payment failed", "async payment succeeded"], PAID],
    [["first invoice paid", "partial refund", "full refund or lost dispute", "first invoice paid"], REFUNDED],
    [["completed, processing", "expired"], EXPIRED],
  ] as const)("the events %j end %s in every order", (history, expected) => {
    for (const order of permutations([...history])) {
      expect(order.reduce<DonationStatus>((status, name: EventName) => statusAfter(status, events[name]), PENDING)).toBe(expected);
    }
  });
});
