// Asking for a sign-in link and sending it: the request does the same work for every address
// (one sealed job), and the job emails staff only, once, with the token nowhere but the body.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const { dataDir } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sign-in-link-"));
  vi.stubEnv("AUTH_SECRET", "sign-in-link-tests-secret-0123456789abcdefghij");
  vi.stubEnv("DATA_DIR", dir);
  return { dataDir: dir };
});

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PgBoss } from "pg-boss";
import { requestSignInLink, sendSignInLink, signInEmailKey } from "@/lib/auth/sign-in-link";
import type { EmailTransport } from "@/lib/email/message";
import { createOutboxTransport } from "@/lib/email/outbox-transport";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { enqueueWith, startBoss } from "@/lib/queue/boss";
import { queues } from "@/lib/queue/jobs";
import { seal, unseal } from "@/lib/security/seal";
import { TEST_FROM, TEST_SITE_URL, emailConfig, jobsFor, noWait, recordingEnqueue } from "../../support/newsletter-fixtures";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const config = { ...emailConfig, adminEmails: ["boss@example.org"] };
const STAFF = "colleague@example.org";

let t: TestDatabase;
let boss: PgBoss | undefined;

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.user.create({ data: { email: STAFF, role: StaffRole.EDITOR } });
  await t.db.user.create({ data: { email: "former@example.org", role: StaffRole.EDITOR, disabledAt: new Date() } });
});

afterAll(async () => {
  await boss?.stop({ graceful: false, timeout: 5_000 });
  await t?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

/** A link as Auth.js writes it: a fresh token, on the site's origin unless told otherwise. */
function link(origin = TEST_SITE_URL) {
  const token = crypto.randomBytes(32).toString("hex");
  const url = `${origin}/api/auth/callback/email?${new URLSearchParams({ callbackUrl: `${origin}/admin`, token, email: "x" })}`;
  return { token, url, expires: new Date(Date.now() + 15 * 60_000) };
}

/** An outbox in a folder of its own, recording what it logs. */
function outbox() {
  const dir = path.join(dataDir, `outbox-${crypto.randomUUID()}`);
  const logged: string[] = [];
  const transport: EmailTransport = createOutboxTransport({ dir, from: TEST_FROM, log: (line) => logged.push(line) });
  const files = () => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);
  return { dir, logged, transport, files };
}

async function queued(identifier: string, l = link()) {
  const { enqueue, jobs } = recordingEnqueue();
  await requestSignInLink(enqueue, { identifier, ...l });
  return jobs;
}

describe("asking for a link", () => {
  it("does the same for staff, strangers and disabled staff: one job, holding nothing readable", async () => {
    const asked = [STAFF, "stranger@example.org", "former@example.org", "boss@example.org"];
    const before = await t.db.emailMessage.count();
    for (const identifier of asked) {
      const l = link();
      const jobs = await queued(identifier, l);
      // One job, on the one queue, whose only field is the sealed link: the same shape for all.
      expect(jobs.map((j) => [j.queue, Object.keys(j.data)])).toEqual([[queues.signInLink, ["sealed"]]]);
      const { sealed } = jobsFor(jobs, queues.signInLink)[0] ?? { sealed: "" };
      expect(sealed).not.toContain(l.token);
      expect(sealed).not.toContain(identifier);
      expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toContain(l.token);
    }
    // Nothing was looked up, rendered or sent while the visitor waited.
    expect(await t.db.emailMessage.count()).toBe(before);
  });

  it("leaves neither token nor address in the queue's rows", async () => {
    boss = await startBoss(t.url);
    const l = link();
    await requestSignInLink(enqueueWith(boss), { identifier: STAFF, ...l });
    const rows = await t.db.$queryRawUnsafe<{ data: string }[]>(`SELECT data::text AS data FROM pgboss.job WHERE name = $1`, queues.signInLink);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.data).not.toContain(l.token);
    expect(rows[0]?.data).not.toContain(STAFF);
  });
});

describe("the job that sends it", () => {
  it("emails staff once per link, the token only in the body: not in the key, file name, Message-ID or log", async () => {
    const l = link();
    const [job] = jobsFor(await queued(STAFF, l), queues.signInLink);
    if (!job) throw new Error("no job");
    const box = outbox();
    expect(await sendSignInLink(t.db, config, job, { transport: box.transport, backoff: noWait })).toBe("sent");
    // The job runs again (a retry): still one email.
    expect(await sendSignInLink(t.db, config, job, { transport: box.transport, backoff: noWait })).toBe("sent");

    const hashed = crypto.createHash("sha256").update(l.token).digest("hex");
    expect(signInEmailKey(l.url)).toBe(`sign-in/${hashed}`);
    const rows = await t.db.emailMessage.findMany({ where: { to: STAFF } });
    expect(rows.map((r) => r.idempotencyKey)).toEqual([`sign-in/${hashed}`]);

    expect(box.files()).toHaveLength(1);
    const [file] = box.files();
    expect(file).not.toContain(l.token);
    expect(file).toMatch(/^sign-in-[0-9a-f]{32}\.eml$/);
    expect(box.logged).toHaveLength(1);
    expect(box.logged[0]).not.toContain(l.token);

    const eml = fs.readFileSync(path.join(box.dir, file ?? ""), "utf8");
    const unfolded = eml.replace(/\r?\n[ \t]+/g, " ");
    const head = unfolded.split(/\r?\n\r?\n/)[0] ?? "";
    expect(head).toMatch(/^Message-ID: <sign-in-[0-9a-f]{32}@outbox\.local>$/im);
    expect(head).not.toContain(l.token);
    // The body has the link, whole (quoted-printable undone).
    const body = eml.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    expect(body).toContain(l.token);
  });

  it("emails nobody for a stranger or a disabled account, and an address in ADMIN_EMAILS as staff", async () => {
    for (const [identifier, outcome] of [
      ["stranger@example.org", "not-staff"],
      ["former@example.org", "not-staff"],
      ["boss@example.org", "sent"],
    ] as const) {
      const [job] = jobsFor(await queued(identifier), queues.signInLink);
      if (!job) throw new Error("no job");
      const box = outbox();
      expect(await sendSignInLink(t.db, config, job, { transport: box.transport, backoff: noWait }), identifier).toBe(outcome);
      expect(box.files(), identifier).toHaveLength(outcome === "sent" ? 1 : 0);
    }
  });

  it("sends nothing for a link past its time, a link on another origin, or a job that was tampered with", async () => {
    const box = outbox();
    const send = (job: { sealed: string }) => sendSignInLink(t.db, config, job, { transport: box.transport, backoff: noWait });

    const old = link();
    const [expired] = jobsFor(await queued(STAFF, { ...old, expires: new Date(Date.now() - 1000) }), queues.signInLink);
    expect(await send(expired ?? { sealed: "" })).toBe("expired");

    const elsewhere = vi.spyOn(console, "error").mockImplementation(() => {});
    const [foreign] = jobsFor(await queued(STAFF, link("http://evil.example")), queues.signInLink);
    expect(await send(foreign ?? { sealed: "" })).toBe("foreign-origin");
    elsewhere.mockRestore();

    const [job] = jobsFor(await queued(STAFF), queues.signInLink);
    const bytes = Buffer.from(job?.sealed ?? "", "base64url");
    bytes[20] = (bytes[20] ?? 0) ^ 1;
    expect(await send({ sealed: bytes.toString("base64url") })).toBe("unreadable");
    expect(await send({ sealed: "not sealed at all" })).toBe("unreadable");
    expect(box.files()).toEqual([]);
  });
});

describe("sealing", () => {
  it("opens what it sealed for the same purpose only", () => {
    const sealed = seal("one", "a secret");
    expect(unseal("one", sealed)).toBe("a secret");
    expect(unseal("two", sealed)).toBeNull();
    expect(seal("one", "a secret")).not.toBe(sealed); // a fresh nonce each time
  });
});

describe("the outbox on disk", () => {
  it("is readable by its owner only: the folder 0700, each file 0600, even where the folder was open", async () => {
    const box = outbox();
    fs.mkdirSync(box.dir, { mode: 0o755 });
    fs.chmodSync(box.dir, 0o755);
    await box.transport.send({ to: "reader@example.org", subject: "Hello", html: "<p>Hi</p>", text: "Hi", idempotencyKey: `receipt/${crypto.randomUUID()}` });
    expect(fs.statSync(box.dir).mode & 0o777).toBe(0o700);
    const [file] = box.files();
    expect(fs.statSync(path.join(box.dir, file ?? "")).mode & 0o777).toBe(0o600);
  });
});
