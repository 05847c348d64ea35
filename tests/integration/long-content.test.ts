// Nothing is cut without a word: a long post and a long update go through the staff form's
// handling (every field as typed, then the form's schema) into the database, onto the page and
// into every email whole; text over a field's limit is refused beside that field, kept as typed,
// and nothing is saved. Real PostgreSQL; emails through the real Resend SDK to the local fake.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const { dataDir } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "long-content-"));
  vi.stubEnv("AUTH_SECRET", "long-content-tests-secret-0123456789abcdefghij");
  vi.stubEnv("DATA_DIR", dir);
  return { dataDir: dir };
});

import fs from "node:fs";
import { answerStaffForm, typedValues } from "@/lib/auth/answer-staff-form";
import type { Staff } from "@/lib/auth/current-staff";
import { createResendTransport } from "@/lib/email/resend-transport";
import type { FormState } from "@/lib/forms/form-state";
import { StaffRole, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { newsletterRenderer } from "@/lib/newsletter/emails";
import { sendNewsletterBatch } from "@/lib/newsletter/send-newsletter-batch";
import { sendTestNewsletter } from "@/lib/newsletter/send-test-newsletter";
import { NEWSLETTER_BODY_MAX, newsletterSchema, startNewsletter } from "@/lib/newsletter/start-newsletter";
import { POST_BODY_MAX, postFormSchema } from "@/lib/posts/post-form-schema";
import { findVisiblePost } from "@/lib/posts/queries";
import { savePost } from "@/lib/posts/save-post";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { TEST_API_KEY, TEST_FROM, emailConfig, noWait, recordingEnqueue } from "../support/newsletter-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let fake: FakeResend;
let staff: Staff;

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeResend({ apiKey: TEST_API_KEY });
  staff = await t.db.user.create({ data: { email: "long-writer@example.org", role: StaffRole.ADMIN }, select: { id: true, email: true, role: true } });
});
afterAll(async () => {
  await fake?.close();
  await t?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});
beforeEach(() => fake.reset());

/** Markdown of exactly `length` characters: paragraphs of ordinary sentences, then `last`. */
function longText(length: number, last: string): string {
  const sentence = "Volunteers handed out warm coats in Calais and Dunkirk again today. ";
  let text = "";
  for (let n = 1; text.length < length - last.length - 200; n++) text += n % 6 === 0 ? `${sentence.trim()}\n\n` : sentence;
  text += "x".repeat(length - last.length - 2 - text.length);
  return `${text}\n\n${last}`;
}

/** A form as the browser posts it. */
function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  // Next.js' own fields (the action's id and state) are not the form's.
  form.append("$ACTION_ID_0123", "");
  return form;
}

const words = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("a 12,000-character post", () => {
  const last = "The last sentence of a long report reaches the page whole.";
  const body = longText(12_000, last);

  const publish = (fields: Record<string, string>) =>
    answerStaffForm(postFormSchema, typedValues(formData(fields)), staff, async (form): Promise<FormState> => {
      const saved = await savePost(t.db, form, staff.id);
      return saved.ok ? { status: "success", message: "Published." } : { status: "error", message: saved.reason };
    });

  it("is saved and shown whole", async () => {
    expect(body).toHaveLength(12_000);
    const answer = await publish({
      title: "A long report from Calais",
      slug: "",
      category: "NEWS",
      excerpt: "Everything from this week.",
      body,
      intent: "publish",
    });
    expect(answer).toMatchObject({ status: "success", message: "Published." });
    const post = await findVisiblePost(t.db, "a-long-report-from-calais", new Date());
    expect(post?.body).toBe(body);
    // The public page renders the body with this very function.
    expect(words(renderMarkdown(post?.body ?? ""))).toContain(last);
  });

  it("is refused beside the body over the limit, kept as typed, and nothing is saved", async () => {
    const tooLong = longText(POST_BODY_MAX + 1, last);
    const before = await t.db.post.count();
    const answer = await publish({ title: "Too long", slug: "", category: "NEWS", excerpt: "Far too much.", body: tooLong, intent: "publish" });
    expect(answer.status).toBe("error");
    expect(answer.fieldErrors?.body).toBe("Keep the post to 100,000 characters or fewer: it has 100,001.");
    expect(answer.values?.body).toBe(tooLong);
    expect(await t.db.post.count()).toBe(before);
  });

  it("counts a line break once, though a browser sends it as two characters", async () => {
    const atTheLimit = longText(POST_BODY_MAX, last);
    const answer = await publish({
      title: "Exactly at the limit",
      slug: "",
      category: "NEWS",
      excerpt: "As long as a post can be.",
      body: atTheLimit.replaceAll("\n", "\r\n"),
      intent: "publish",
    });
    expect(answer).toMatchObject({ status: "success" });
    expect((await findVisiblePost(t.db, "exactly-at-the-limit", new Date()))?.body).toBe(atTheLimit);
  });

  it("names the limit of every other field it refuses", async () => {
    const answer = await publish({
      title: "t".repeat(201),
      slug: "",
      category: "NEWS",
      excerpt: "e".repeat(301),
      body: "Short.",
      authorName: "a".repeat(81),
      intent: "draft",
    });
    expect(answer.fieldErrors).toMatchObject({
      title: "Keep the title to 200 characters or fewer: it has 201.",
      excerpt: "Keep the summary to 300 characters or fewer: it has 301.",
      authorName: "Keep the author's name to 80 characters or fewer: it has 81.",
    });
  });
});

describe("a 40,000-character update", () => {
  const last = "The last sentence of a long update reaches every inbox whole.";
  const body = longText(40_000, last);
  const transport = () => createResendTransport({ apiKey: TEST_API_KEY, from: TEST_FROM, baseUrl: fake.url });

  it("is sent whole to each subscriber, and as the test copy to staff", async () => {
    expect(body).toHaveLength(40_000);
    await t.db.subscriber.createMany({
      data: [
        { email: "reader-1@example.org", status: SubscriberStatus.CONFIRMED },
        { email: "reader-2@example.org", status: SubscriberStatus.CONFIRMED },
      ],
    });
    const { enqueue } = recordingEnqueue();
    let newsletterId = "";
    const answer = await answerStaffForm(newsletterSchema, typedValues(formData({ subject: "Everything from this winter", body })), staff, async (input) => {
      await sendTestNewsletter(t.db, emailConfig, input, staff, { transport: transport(), backoff: noWait });
      ({ newsletterId } = await startNewsletter(t.db, enqueue, input, { createdById: staff.id }));
      return { status: "success" };
    });
    expect(answer.status).toBe("success");
    expect((await t.db.newsletter.findUniqueOrThrow({ where: { id: newsletterId } })).body).toBe(body);

    await sendNewsletterBatch(t.db, transport(), await newsletterRenderer(t.db, emailConfig), { newsletterId, batch: 0 }, { backoff: noWait });
    expect(
      fake.emails
        .map((e) => e.to)
        .flat()
        .sort(),
    ).toEqual(["long-writer@example.org", "reader-1@example.org", "reader-2@example.org"]);
    for (const email of fake.emails) {
      expect(words(email.html ?? "")).toContain(last);
      expect(words(email.text ?? "")).toContain(last);
    }
  });

  it("is refused beside the body over the limit, kept as typed, and nothing is sent or saved", async () => {
    const tooLong = longText(NEWSLETTER_BODY_MAX + 1, last);
    const before = await t.db.newsletter.count();
    const answer = await answerStaffForm(newsletterSchema, typedValues(formData({ subject: "Too long", body: tooLong })), staff, async () => {
      throw new Error("an update over the limit must not be sent");
    });
    expect(answer).toMatchObject({ status: "error", fieldErrors: { body: "Keep the update to 100,000 characters or fewer: it has 100,001." } });
    expect(answer.values?.body).toBe(tooLong);
    expect(await t.db.newsletter.count()).toBe(before);
    expect(fake.emails).toEqual([]);
  });
});
