// Volunteer applications against a real PostgreSQL, the real pg-boss queue and the local fake of
// Resend's API (driven by the real SDK): apply → one transaction with the job → worker → one
// acknowledgement; then the staff side: an audited status change and a CSV export.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// lib/env.ts parses process.env when first imported: give it a secret and a throwaway data folder
// before any module that reads it is loaded.
const { dataDir } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "volunteers-"));
  vi.stubEnv("AUTH_SECRET", "volunteer-tests-secret-0123456789abcdefghijklmn");
  vi.stubEnv("DATA_DIR", dir);
  return { dataDir: dir };
});

import fs from "node:fs";
import type { PgBoss } from "pg-boss";
import { createResendTransport } from "@/lib/email/resend-transport";
import type { EmailTransport } from "@/lib/email/message";
import { StaffRole, VolunteerStatus } from "@/lib/generated/prisma/enums";
import { enqueueWith, startBoss, work } from "@/lib/queue/boss";
import { queues, type Enqueue } from "@/lib/queue/jobs";
import { parseVolunteerApplication, type VolunteerFormFields } from "@/lib/volunteers/application-schema";
import { changeVolunteerStatus } from "@/lib/volunteers/change-status";
import { exportVolunteersCsv } from "@/lib/volunteers/export-volunteers-csv";
import { spreadsheetCsvText } from "@/lib/csv/spreadsheet-csv";
import { volunteerFilterSchema, listVolunteerApplications } from "@/lib/volunteers/admin-volunteers";
import { sendVolunteerAcknowledgement } from "@/lib/volunteers/send-acknowledgement";
import { submitVolunteerApplication } from "@/lib/volunteers/submit-application";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { TEST_API_KEY, TEST_FROM, emailConfig, findJobs, noWait, recordingEnqueue } from "../support/newsletter-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let fake: FakeResend;
let transport: EmailTransport;
let boss: PgBoss;
let adminId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeResend({ apiKey: TEST_API_KEY });
  transport = createResendTransport({ apiKey: TEST_API_KEY, from: TEST_FROM, baseUrl: fake.url });
  boss = await startBoss(t.url);
  // The same handler as lib/queue/site-queue.ts, bound to this file's database and the fake.
  await work(
    boss,
    { [queues.volunteerAcknowledgement]: (job) => sendVolunteerAcknowledgement(t.db, emailConfig, job, { transport, backoff: noWait }).then(() => {}) },
    { pollingIntervalSeconds: 0.5 },
  );
  adminId = (await t.db.user.create({ data: { email: "coordinator@example.org", role: StaffRole.ADMIN } })).id;
});

afterAll(async () => {
  await boss?.stop({ graceful: false, timeout: 5_000 });
  await fake?.close();
  await t?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

beforeEach(() => fake.reset());

const TODAY = "2026-12-01";

/** What the form's server action does with what was typed: validate, then submit. */
function apply(enqueue: Enqueue, overrides: VolunteerFormFields = {}) {
  const parsed = parseVolunteerApplication(
    {
      name: "Yonas Tesfaye",
      email: "Yonas@Example.org",
      phone: "+44 7700 900123",
      place: "DUNKIRK",
      availableFrom: "2027-01-04",
      availableTo: "2027-01-10",
      languages: ["TIGRINYA", "OTHER"],
      otherLanguages: "Amharic",
      drivingLicence: "yes",
      canDriveVan: "yes",
      adult: "on",
      note: "Trained in first aid. Private: my landlord's number is 01632 960000.",
      ...overrides,
    },
    TODAY,
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return submitVolunteerApplication(t.db, enqueue, parsed.data, new Date("2026-12-01T09:30:00Z"));
}

describe("applying", () => {
  it("saves the application and its acknowledgement job together; the worker sends one email", async () => {
    const { id } = await apply(enqueueWith(boss));
    const saved = await t.db.volunteerApplication.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({
      name: "Yonas Tesfaye",
      email: "yonas@example.org",
      place: "DUNKIRK",
      availableFrom: new Date("2027-01-04T00:00:00Z"),
      availableTo: new Date("2027-01-10T00:00:00Z"),
      languages: ["TIGRINYA", "OTHER"],
      otherLanguages: "Amharic",
      drivingLicence: true,
      canDriveVan: true,
      confirmedAdultAt: new Date("2026-12-01T09:30:00Z"),
      status: VolunteerStatus.NEW,
    });

    await vi.waitFor(
      async () => {
        const [job] = await findJobs(boss, queues.volunteerAcknowledgement, { applicationId: id });
        expect(job?.state).toBe("completed");
      },
      { timeout: 90_000, interval: 50 },
    );
    // The job carries the id only: no address or other personal data sits in the queue.
    const [job] = await findJobs(boss, queues.volunteerAcknowledgement, { applicationId: id });
    expect(job?.data).toEqual({ applicationId: id });

    const [email] = fake.sentTo("yonas@example.org");
    expect(fake.emails).toHaveLength(1);
    expect(email).toMatchObject({ subject: "Thank you for offering to volunteer with Winter appeal", idempotencyKey: `volunteer-ack/${id}` });
    for (const part of [email?.html ?? "", email?.text ?? ""]) {
      expect(part).toContain("Thank you for offering to volunteer");
      expect(part).toContain("Dunkirk");
      expect(part).toContain("4 January 2027 to 10 January 2027");
      expect(part).toContain("What happens next");
      expect(part).toContain("Registered charity number");
      // Nobody has confirmed the address: none of the applicant's own words travel
      // (tests/integration/relay.test.ts tries every free-text field).
      expect(part).not.toContain("Yonas");
      expect(part).not.toContain("Amharic");
      expect(part).not.toContain("7700");
      expect(part).not.toContain("landlord");
    }
  });

  it("a failure after the job was written leaves neither application nor job", async () => {
    const real = enqueueWith(boss);
    let applicationId = "";
    let jobsInsideTransaction = -1;
    const failing: Enqueue = async (queue, data, options) => {
      await real(queue, data, options);
      if (!options?.tx) throw new Error("the job must be queued inside the application's transaction");
      applicationId = (data as { applicationId: string }).applicationId;
      jobsInsideTransaction = (await findJobs(boss, queues.volunteerAcknowledgement, { applicationId }, options.tx)).length;
      throw new Error("simulated failure after the job was written");
    };
    const before = await t.db.volunteerApplication.count();
    await expect(apply(failing, { email: "rolled.back@example.org" })).rejects.toThrow("simulated failure");
    expect(jobsInsideTransaction).toBe(1);
    expect(await findJobs(boss, queues.volunteerAcknowledgement, { applicationId })).toEqual([]);
    expect(await t.db.volunteerApplication.findUnique({ where: { id: applicationId } })).toBeNull();
    expect(await t.db.volunteerApplication.count()).toBe(before);
    expect(fake.emails).toHaveLength(0);
  });

  it("keys the job by the application, so it is queued once", async () => {
    const { enqueue, jobs } = recordingEnqueue();
    const { id } = await apply(enqueue, { email: "once@example.org" });
    expect(jobs).toEqual([{ queue: queues.volunteerAcknowledgement, data: { applicationId: id }, singletonKey: `volunteer-ack/${id}` }]);
  });
});

describe("the acknowledgement", () => {
  it("is sent once however often the job runs, even after the provider failed once", async () => {
    const { enqueue } = recordingEnqueue();
    const { id } = await apply(enqueue, { email: "retry@example.org", languages: [], drivingLicence: "no", canDriveVan: "" });
    fake.failNext(500, 1);
    expect(await sendVolunteerAcknowledgement(t.db, emailConfig, { applicationId: id }, { transport, backoff: noWait })).toBe("sent");
    expect(await sendVolunteerAcknowledgement(t.db, emailConfig, { applicationId: id }, { transport, backoff: noWait })).toBe("skipped");
    const sent = fake.sentTo("retry@example.org");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toContain("4 January 2027 to 10 January 2027");
    expect(await t.db.emailMessage.count({ where: { idempotencyKey: `volunteer-ack/${id}` } })).toBe(1);
  });

  it("sends nothing for an application that no longer exists", async () => {
    expect(await sendVolunteerAcknowledgement(t.db, emailConfig, { applicationId: "gone" }, { transport, backoff: noWait })).toBe("missing");
    expect(fake.emails).toHaveLength(0);
  });
});

describe("staff", () => {
  it("change a status in any direction, each change audit-logged with from and to", async () => {
    const { id } = await apply(recordingEnqueue().enqueue, { email: "status@example.org" });
    expect(await changeVolunteerStatus(t.db, { id, seen: "NEW", status: "CONTACTED" }, adminId)).toEqual({
      ok: true,
      changed: true,
      from: "NEW",
      to: "CONTACTED",
    });
    expect(await changeVolunteerStatus(t.db, { id, seen: "CONTACTED", status: "DECLINED" }, adminId)).toMatchObject({ ok: true, changed: true });
    expect(await changeVolunteerStatus(t.db, { id, seen: "DECLINED", status: "NEW" }, adminId)).toMatchObject({ ok: true, changed: true });
    expect((await t.db.volunteerApplication.findUniqueOrThrow({ where: { id } })).status).toBe("NEW");
    const audit = await t.db.auditLog.findMany({ where: { subject: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.actorId, a.action, a.details])).toEqual([
      [adminId, "volunteer.status", { from: "NEW", to: "CONTACTED" }],
      [adminId, "volunteer.status", { from: "CONTACTED", to: "DECLINED" }],
      [adminId, "volunteer.status", { from: "DECLINED", to: "NEW" }],
    ]);
  });

  it("a change from a stale page, or to the same status, writes nothing", async () => {
    const { id } = await apply(recordingEnqueue().enqueue, { email: "stale@example.org" });
    await changeVolunteerStatus(t.db, { id, seen: "NEW", status: "CONTACTED" }, adminId);
    // A colleague still looking at NEW tries to place them.
    expect(await changeVolunteerStatus(t.db, { id, seen: "NEW", status: "PLACED" }, adminId)).toEqual({ ok: false, reason: "conflict", current: "CONTACTED" });
    expect(await changeVolunteerStatus(t.db, { id, seen: "CONTACTED", status: "CONTACTED" }, adminId)).toEqual({
      ok: true,
      changed: false,
      from: "CONTACTED",
      to: "CONTACTED",
    });
    expect(await changeVolunteerStatus(t.db, { id: "missing", seen: "NEW", status: "PLACED" }, adminId)).toEqual({ ok: false, reason: "not-found" });
    expect((await t.db.volunteerApplication.findUniqueOrThrow({ where: { id } })).status).toBe("CONTACTED");
    expect(await t.db.auditLog.count({ where: { subject: id } })).toBe(1);
  });

  it("list newest first, filtered by status and place", async () => {
    const older = await apply(recordingEnqueue().enqueue, { email: "older@example.org", place: "PARIS" });
    await t.db.volunteerApplication.update({ where: { id: older.id }, data: { createdAt: new Date("2026-11-01T00:00:00Z") } });
    const newer = await apply(recordingEnqueue().enqueue, { email: "newer@example.org", place: "PARIS" });
    const paris = await listVolunteerApplications(t.db, volunteerFilterSchema.parse({ place: "PARIS" }));
    expect(paris.rows.map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(paris.total).toBe(2);
    expect((await listVolunteerApplications(t.db, volunteerFilterSchema.parse({ place: "PARIS", status: "PLACED" }))).rows).toEqual([]);
    // Odd query strings are ignored rather than refused.
    expect(volunteerFilterSchema.parse({ status: "nonsense", place: "MARS", page: "-3" })).toEqual({ status: undefined, place: undefined, page: 1 });
  });

  it("export CSV with formulas neutralised, and the export is audit-logged", async () => {
    await apply(recordingEnqueue().enqueue, {
      name: '=HYPERLINK("http://evil.example","Click")',
      email: "formula@example.org",
      place: "BRUSSELS",
      phone: "+32 470 12 34 56",
      note: "@SUM(1+1)\nsecond line, with a comma",
      languages: ["FRENCH"],
    });
    const data = await exportVolunteersCsv(t.db, adminId, volunteerFilterSchema.parse({ place: "BRUSSELS" }));
    const { count } = data;
    const csv = await spreadsheetCsvText(data);
    expect(count).toBe(1);
    const [header, row] = csv.split("\n");
    expect(header).toBe("id,applied,status,name,email,phone,place,from,to,languages,otherLanguages,drivingLicence,canDriveVan,confirmedAdult,note");
    // Each cell that a spreadsheet would run as a formula starts with ' instead; quotes are doubled.
    expect(row).toContain(
      `,NEW,"'=HYPERLINK(""http://evil.example"",""Click"")",formula@example.org,'+32 470 12 34 56,BRUSSELS,2027-01-04,2027-01-10,French,,yes,yes,`,
    );
    expect(csv).toContain(`,"'@SUM(1+1)\nsecond line, with a comma"\n`);
    expect(csv).not.toMatch(/(^|,)"?[=+@-]/m);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "volunteers.export" } });
    expect(audit).toMatchObject({ actorId: adminId, subject: "1 applications", details: { place: "BRUSSELS" } });
  });
});
