// Unsubscribing by the signed link (page or RFC 8058 one-click) against a real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const { dataDir } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsletter-unsubscribe-"));
  vi.stubEnv("AUTH_SECRET", "unsubscribe-tests-secret-0123456789abcdefghijk");
  vi.stubEnv("DATA_DIR", dir);
  return { dataDir: dir };
});

import fs from "node:fs";
import { ConsentAction, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { confirmSubscription } from "@/lib/newsletter/confirm-subscription";
import { listUnsubscribeHeaders, oneClickUnsubscribeUrl, unsubscribeUrl } from "@/lib/newsletter/links";
import { subscribe } from "@/lib/newsletter/subscribe";
import { confirmToken, unsubscribeToken } from "@/lib/newsletter/tokens";
import { subscriberForLink, unsubscribe } from "@/lib/newsletter/unsubscribe";
import { queues } from "@/lib/queue/jobs";
import { TEST_SITE_URL, jobsFor, newsletterSnapshot, recordingEnqueue } from "../../support/newsletter-fixtures";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});

afterAll(async () => {
  await t?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

let counter = 0;
/** A CONFIRMED subscriber, as a confirmed signup leaves them. */
async function confirmedSubscriber() {
  counter += 1;
  return t.db.subscriber.create({
    data: { email: `reader-${counter}@example.org`, status: SubscriberStatus.CONFIRMED, confirmedAt: new Date("2026-11-20T12:00:00Z") },
  });
}

/** The s and t parameters of a link, read back as the page or route would. */
function linkParams(href: string): { subscriberId: string; token: string } {
  const url = new URL(href);
  return { subscriberId: url.searchParams.get("s") ?? "", token: url.searchParams.get("t") ?? "" };
}

describe("unsubscribe", () => {
  it("a valid link unsubscribes at once and records the withdrawal", async () => {
    const subscriber = await confirmedSubscriber();
    const now = new Date("2026-12-05T08:30:00Z");
    const link = linkParams(unsubscribeUrl(TEST_SITE_URL, subscriber.id));
    expect(link).toEqual({ subscriberId: subscriber.id, token: unsubscribeToken(subscriber.id) });

    expect(await unsubscribe(t.db, { ...link, source: "unsubscribe-page" }, now)).toBe("unsubscribed");
    const after = await t.db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id }, include: { consents: true } });
    expect(after).toMatchObject({ status: SubscriberStatus.UNSUBSCRIBED, unsubscribedAt: now, confirmedAt: subscriber.confirmedAt });
    expect(after.consents).toEqual([
      expect.objectContaining({ action: ConsentAction.WITHDRAWN, wording: "Unsubscribed", version: "-", source: "unsubscribe-page" }),
    ]);
  });

  it("repeating it changes nothing and answers unsubscribed", async () => {
    const subscriber = await confirmedSubscriber();
    const link = { subscriberId: subscriber.id, token: unsubscribeToken(subscriber.id) };
    expect(await unsubscribe(t.db, { ...link, source: "one-click" }, new Date("2026-12-05T09:00:00Z"))).toBe("unsubscribed");

    const before = await newsletterSnapshot(t.db);
    expect(await unsubscribe(t.db, { ...link, source: "one-click" }, new Date("2026-12-06T09:00:00Z"))).toBe("unsubscribed");
    expect(await unsubscribe(t.db, { ...link, source: "unsubscribe-page" }, new Date("2026-12-07T09:00:00Z"))).toBe("unsubscribed");
    expect(await newsletterSnapshot(t.db)).toEqual(before);
    expect(await t.db.consentRecord.count({ where: { subscriberId: subscriber.id, action: ConsentAction.WITHDRAWN } })).toBe(1);
  });

  it("a wrong token, another subscriber's token or an unknown subscriber is invalid, and nothing changes", async () => {
    const alice = await confirmedSubscriber();
    const bob = await confirmedSubscriber();
    const aliceToken = unsubscribeToken(alice.id);
    const flipped = `${aliceToken.slice(0, 5)}${aliceToken[5] === "x" ? "y" : "x"}${aliceToken.slice(6)}`;

    const before = await newsletterSnapshot(t.db);
    for (const attempt of [
      { subscriberId: alice.id, token: unsubscribeToken(bob.id) },
      { subscriberId: bob.id, token: aliceToken },
      { subscriberId: alice.id, token: flipped },
      { subscriberId: alice.id, token: aliceToken.slice(0, -1) },
      { subscriberId: alice.id, token: "" },
      { subscriberId: "", token: aliceToken },
      // A confirmation token is not an unsubscribe token.
      { subscriberId: alice.id, token: confirmToken(alice.id, "nonce") },
      // Correctly signed, for an id that is not (or no longer) on the list.
      { subscriberId: "ckdoesnotexist00000000000", token: unsubscribeToken("ckdoesnotexist00000000000") },
      // Longer than any id: refused before any work.
      { subscriberId: "x".repeat(65), token: unsubscribeToken("x".repeat(65)) },
    ]) {
      expect(await unsubscribe(t.db, { ...attempt, source: "one-click" }), JSON.stringify(attempt)).toBe("invalid");
    }
    expect(await newsletterSnapshot(t.db)).toEqual(before);
    expect((await t.db.subscriber.findMany({ where: { id: { in: [alice.id, bob.id] } } })).map((s) => s.status)).toEqual([
      SubscriberStatus.CONFIRMED,
      SubscriberStatus.CONFIRMED,
    ]);
  });

  it("a PENDING subscriber who unsubscribes can no longer confirm with their link", async () => {
    const { enqueue, jobs } = recordingEnqueue();
    await subscribe(t.db, enqueue, { email: "changed-mind@example.org", source: "home" });
    const job = jobsFor(jobs, queues.confirmSubscription)[0];
    if (!job) throw new Error("no confirmation queued");

    expect(await unsubscribe(t.db, { subscriberId: job.subscriberId, token: unsubscribeToken(job.subscriberId), source: "unsubscribe-page" })).toBe(
      "unsubscribed",
    );
    expect(await t.db.subscriber.findUniqueOrThrow({ where: { id: job.subscriberId } })).toMatchObject({
      status: SubscriberStatus.UNSUBSCRIBED,
      confirmNonce: null,
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    });
    expect(await confirmSubscription(t.db, confirmToken(job.subscriberId, job.nonce))).toBe("invalid");
  });

  it("subscriberForLink gives the address behind a valid link only, to offer resubscribing", async () => {
    const subscriber = await confirmedSubscriber();
    expect(await subscriberForLink(t.db, subscriber.id, unsubscribeToken(subscriber.id))).toEqual({
      id: subscriber.id,
      email: subscriber.email,
      status: SubscriberStatus.CONFIRMED,
    });
    const other = await confirmedSubscriber();
    expect(await subscriberForLink(t.db, subscriber.id, unsubscribeToken(other.id))).toBeNull();
    expect(await subscriberForLink(t.db, subscriber.id, "")).toBeNull();
  });
});

describe("listUnsubscribeHeaders", () => {
  it("gives RFC 8058 one-click headers whose link carries the subscriber's own id and token", async () => {
    const subscriber = await confirmedSubscriber();
    const headers = listUnsubscribeHeaders(TEST_SITE_URL, subscriber.id);
    expect(Object.keys(headers).sort()).toEqual(["List-Unsubscribe", "List-Unsubscribe-Post"]);
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");

    const value = headers["List-Unsubscribe"] ?? "";
    const match = /^<(https:\/\/calaiswinteraid\.example\/newsletter\/unsubscribe\/one-click\?s=([^&>]+)&t=([A-Za-z0-9_-]{43}))>$/.exec(value);
    expect(match, value).not.toBeNull();
    expect(match?.[1]).toBe(oneClickUnsubscribeUrl(TEST_SITE_URL, subscriber.id));
    expect(match?.[2]).toBe(subscriber.id);
    expect(match?.[3]).toBe(unsubscribeToken(subscriber.id));

    // The link in the header is the one that works.
    expect(await unsubscribe(t.db, { ...linkParams(match?.[1] ?? ""), source: "one-click" })).toBe("unsubscribed");
    expect((await t.db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe(SubscriberStatus.UNSUBSCRIBED);
    expect(await t.db.consentRecord.findFirst({ where: { subscriberId: subscriber.id } })).toMatchObject({
      action: ConsentAction.WITHDRAWN,
      source: "one-click",
    });
  });

  it("differs per subscriber", async () => {
    const a = await confirmedSubscriber();
    const b = await confirmedSubscriber();
    expect(listUnsubscribeHeaders(TEST_SITE_URL, a.id)["List-Unsubscribe"]).not.toBe(listUnsubscribeHeaders(TEST_SITE_URL, b.id)["List-Unsubscribe"]);
  });
});
