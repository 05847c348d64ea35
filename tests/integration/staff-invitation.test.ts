// Inviting a colleague against a real PostgreSQL, the real pg-boss queue and the local fake of
// Resend's API (driven by the real SDK): the invitation, its audit entry and its email job commit
// together; the worker sends one email saying who invited them, as what, and how to sign in.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// lib/env.ts parses process.env when first imported: give it a secret and a throwaway data folder
// before any module that reads it is loaded.
const { dataDir } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "staff-invitation-"));
  vi.stubEnv("AUTH_SECRET", "staff-invitation-tests-secret-0123456789abcdefgh");
  vi.stubEnv("DATA_DIR", dir);
  return { dataDir: dir };
});

import fs from "node:fs";
import type { PgBoss } from "pg-boss";
import type { EmailTransport } from "@/lib/email/message";
import { createResendTransport } from "@/lib/email/resend-transport";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { enqueueWith, startBoss, work } from "@/lib/queue/boss";
import { queues, type Enqueue } from "@/lib/queue/jobs";
import { inviteStaff } from "@/lib/staff/invite-staff";
import { sendStaffInvitation, signInPageUrl } from "@/lib/staff/send-staff-invitation";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { TEST_API_KEY, TEST_FROM, TEST_SITE_URL, emailConfig, findJobs, noWait, recordingEnqueue } from "../support/newsletter-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let fake: FakeResend;
let transport: EmailTransport;
let boss: PgBoss;
let admin: { id: string };

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeResend({ apiKey: TEST_API_KEY });
  transport = createResendTransport({ apiKey: TEST_API_KEY, from: TEST_FROM, baseUrl: fake.url });
  boss = await startBoss(t.url);
  // The same handler as lib/queue/site-queue.ts, bound to this file's database and the fake.
  await work(
    boss,
    { [queues.staffInvitation]: (job) => sendStaffInvitation(t.db, emailConfig, job, { transport, backoff: noWait }).then(() => {}) },
    { pollingIntervalSeconds: 0.5 },
  );
  admin = await t.db.user.create({ data: { email: "sam@example.org", name: "Sam Jones", role: StaffRole.ADMIN }, select: { id: true } });
});

afterAll(async () => {
  await boss?.stop({ graceful: false, timeout: 5_000 });
  await fake?.close();
  await t?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

beforeEach(() => fake.reset());

describe("inviting a colleague", () => {
  it("adds them, audits it and queues one email, which says who invited them, as what, and how to sign in", async () => {
    const invited = await inviteStaff(t.db, enqueueWith(boss), admin, { email: "new.editor@example.org", role: StaffRole.EDITOR });
    if (!invited.ok) throw new Error("refused");
    expect(await t.db.user.findUniqueOrThrow({ where: { id: invited.id }, select: { role: true, invitedById: true } })).toEqual({
      role: StaffRole.EDITOR,
      invitedById: admin.id,
    });
    expect(await t.db.auditLog.findMany({ where: { subject: "new.editor@example.org" }, select: { action: true, actorId: true, details: true } })).toEqual([
      { action: "staff.invite", actorId: admin.id, details: { role: "EDITOR", id: invited.id } },
    ]);

    await vi.waitFor(
      async () => {
        const [job] = await findJobs(boss, queues.staffInvitation, { userId: invited.id });
        expect(job?.state).toBe("completed");
      },
      { timeout: 90_000, interval: 50 },
    );
    // The job carries the id only.
    expect((await findJobs(boss, queues.staffInvitation, { userId: invited.id }))[0]?.data).toEqual({ userId: invited.id });

    expect(fake.emails).toHaveLength(1);
    const [email] = fake.sentTo("new.editor@example.org");
    expect(email).toMatchObject({ subject: "You’ve been invited to the Winter appeal staff area", idempotencyKey: `staff-invite/${invited.id}` });
    const link = `${TEST_SITE_URL}/admin/sign-in?email=new.editor%40example.org`;
    expect(signInPageUrl(TEST_SITE_URL, "new.editor@example.org")).toBe(link);
    expect(email?.html).toContain(`href="${link}"`);
    for (const part of [email?.html ?? "", email?.text ?? ""]) {
      expect(part).toContain("Sam Jones (sam@example.org) has invited you to the Winter appeal staff area as an editor.");
      expect(part).toContain("As an editor you can publish news");
      expect(part).toContain("There is no password to remember.");
      expect(part).toContain(link);
      expect(part).toContain("Registered charity number");
      // No sign-in token: the page it leads to emails a link that works once.
      expect(part).not.toMatch(/token=/);
    }
  });

  it("says 'an admin' for an admin, with what admins may do", async () => {
    const { enqueue, jobs } = recordingEnqueue();
    const invited = await inviteStaff(t.db, enqueue, admin, { email: "second.admin@example.org", role: StaffRole.ADMIN });
    if (!invited.ok) throw new Error("refused");
    expect(jobs).toEqual([{ queue: queues.staffInvitation, data: { userId: invited.id } }]);
    expect(await sendStaffInvitation(t.db, emailConfig, { userId: invited.id }, { transport, backoff: noWait })).toBe("sent");
    const [email] = fake.sentTo("second.admin@example.org");
    expect(email?.text).toContain("invited you to the Winter appeal staff area as an admin.");
    expect(email?.text).toContain("As an admin you can do everything an editor can");
    // A retried job sends nothing more.
    expect(await sendStaffInvitation(t.db, emailConfig, { userId: invited.id }, { transport, backoff: noWait })).toBe("skipped");
    expect(fake.sentTo("second.admin@example.org")).toHaveLength(1);
  });

  it("refuses an address already on the list, queueing nothing and auditing nothing", async () => {
    await t.db.user.create({ data: { email: "already@example.org", role: StaffRole.EDITOR } });
    const { enqueue, jobs } = recordingEnqueue();
    expect(await inviteStaff(t.db, enqueue, admin, { email: "already@example.org", role: StaffRole.ADMIN })).toEqual({ ok: false, reason: "already-staff" });
    expect(jobs).toEqual([]);
    expect(await t.db.auditLog.count({ where: { subject: "already@example.org" } })).toBe(0);
  });

  it("a failure after the job was written leaves neither the member, the entry nor the job", async () => {
    const real = enqueueWith(boss);
    const failing: Enqueue = async (queue, data, options) => {
      await real(queue, data, options);
      throw new Error("the database went away");
    };
    await expect(inviteStaff(t.db, failing, admin, { email: "half@example.org", role: StaffRole.EDITOR })).rejects.toThrow("went away");
    expect(await t.db.user.count({ where: { email: "half@example.org" } })).toBe(0);
    expect(await t.db.auditLog.count({ where: { subject: "half@example.org" } })).toBe(0);
  });

  it("sends nothing to a member disabled or removed before the job ran", async () => {
    const gone = await t.db.user.create({ data: { email: "gone@example.org", role: StaffRole.EDITOR, disabledAt: new Date(), invitedById: admin.id } });
    expect(await sendStaffInvitation(t.db, emailConfig, { userId: gone.id }, { transport, backoff: noWait })).toBe("disabled");
    expect(await sendStaffInvitation(t.db, emailConfig, { userId: "no-such-member" }, { transport, backoff: noWait })).toBe("missing");
    expect(fake.emails).toHaveLength(0);
  });
});
