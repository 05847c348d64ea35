import { expect, test } from "@playwright/test";
import { signedWebhook, webhookEventFor } from "../support/fake-resend";
import { expectAccessible, outboxFor, query, signIn } from "./support";

// Sends real updates to every confirmed subscriber in the e2e database, so it runs in the "staff"
// project after the read-only tests, signed in as its own admin and editor.
const ADMIN = "newsletter-admin@example.org";
const EDITOR = "newsletter-editor@example.org";
const run = Date.now().toString(36);
const readers = [`nl-reader-${run}-a@example.org`, `nl-reader-${run}-b@example.org`];

async function confirmedCount(): Promise<number> {
  const [row] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Subscriber" WHERE status = 'CONFIRMED'`);
  return row?.n ?? 0;
}

/** Who an update goes to: confirmed, and neither bounced for good nor complained. */
async function recipientCount(): Promise<number> {
  const [row] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Subscriber" WHERE status = 'CONFIRMED' AND "suppressedAt" IS NULL`);
  return row?.n ?? 0;
}

test.describe("the mailing list and newsletters in the staff area", () => {
  // In order, in one worker; a failure does not skip the tests after it.
  test.describe.configure({ mode: "default" });

  test.beforeAll(async () => {
    for (const [email, role] of [
      [ADMIN, "ADMIN"],
      [EDITOR, "EDITOR"],
    ] as const) {
      await query(
        `INSERT INTO "User" (id, email, role, "createdAt", "updatedAt") VALUES (gen_random_uuid()::text, $1, $2::"StaffRole", now(), now()) ON CONFLICT (email) DO NOTHING`,
        [email, role],
      );
    }
    // Two readers who signed up on the appeal page and confirmed, with the consent that leaves.
    for (const email of readers) {
      await query(
        `WITH s AS (
           INSERT INTO "Subscriber" (id, email, status, "confirmedAt", "createdAt", "updatedAt")
           VALUES (gen_random_uuid()::text, $1, 'CONFIRMED', now(), now(), now()) RETURNING id)
         INSERT INTO "ConsentRecord" (id, "subscriberId", action, wording, version, source, "createdAt")
         SELECT gen_random_uuid()::text, s.id, 'GIVEN', 'Email me news about the winter appeal.', '2026-11-01', 'home', now() FROM s`,
        [email],
      );
    }
  });

  test("signed-out visitors and editors are refused the list, its CSV and the sending pages", async ({ request, browser }) => {
    expect((await request.get("/admin/subscribers/export", { maxRedirects: 0 })).status()).toBe(307); // to sign in, at the door (proxy.ts)
    const editor = await browser.newContext();
    const page = await editor.newPage();
    await signIn(page, EDITOR);
    expect((await editor.request.get("/admin/subscribers/export")).status()).toBe(403);
    for (const path of ["/admin/subscribers", "/admin/newsletters", "/admin/newsletters/new"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
      await expect(page.getByRole("main").getByRole("textbox")).toHaveCount(0);
    }
    await expectAccessible(page);
    await editor.close();
  });

  test("an admin finds subscribers, downloads them, writes an update, tests it, sends it after confirming, and watches it go", async ({ page }) => {
    test.setTimeout(180_000);
    const policyViolations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) policyViolations.push(`${page.url()}: ${m.text()}`);
    });
    await signIn(page, ADMIN);

    // ── The list: search, filter, counts, CSV. ──────────────────────────────────────────────
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Staff area" }).getByRole("link", { name: "Subscribers" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Subscribers" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Subscribers by status" }).getByRole("link", { name: /Confirmed/ })).toContainText(
      String(await confirmedCount()),
    );
    await page.getByLabel("Search by email").fill(`NL-READER-${run}`);
    await page.getByLabel("Status", { exact: true }).selectOption("CONFIRMED");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/status=CONFIRMED/);
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText(readers[1] ?? "");
    await expect(rows.nth(2)).toContainText(readers[0] ?? "");
    await expectAccessible(page);

    await page.getByLabel("Search by email").fill(`no-such-reader-${run}`);
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByText(`No subscribers match “no-such-reader-${run}”`)).toBeVisible();

    const csv = await page.request.get(`/admin/subscribers/export?q=nl-reader-${run}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toBe(
      "email,status,signedUp,confirmed,unsubscribed,consentGiven,consentSource,consentVersion,consentWording,noUpdatesSince,noUpdatesBecause",
    );
    expect(lines.slice(1).sort()).toEqual([expect.stringContaining(`${readers[0]},CONFIRMED,`), expect.stringContaining(`${readers[1]},CONFIRMED,`)]);
    expect(lines[1]).toContain(",home,2026-11-01,Email me news about the winter appeal.");

    // ── Compose, preview, test. ─────────────────────────────────────────────────────────────
    await page.getByRole("main").getByRole("link", { name: "Newsletters" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Newsletters" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Write an update" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Write an update" })).toBeVisible();
    await expectAccessible(page);

    const subject = `Coats reach Dunkirk ${run}`;
    await page.getByLabel("Subject").fill(subject);
    await page.getByLabel("The update, in Markdown").fill("## This week\n\nWe handed out **212 coats** in Dunkirk.\n\n<script>alert(1)</script>");
    const preview = page.frameLocator('iframe[title="Preview of the email"]');
    await expect(preview.getByRole("heading", { name: subject })).toBeVisible();
    await expect(preview.locator("strong")).toHaveText("212 coats");
    await expect(preview.locator("script")).toHaveCount(0);
    await expectAccessible(page);

    const testsBefore = (await outboxFor(ADMIN)).filter((m) => m.includes(`[Test] ${subject}`)).length;
    await page.getByRole("button", { name: "Send a test to me" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(`Draft saved, and a test sent to ${ADMIN}. It may take a minute to arrive.`);
    await expect.poll(async () => (await outboxFor(ADMIN)).filter((m) => m.includes(`Subject: [Test] ${subject}`)).length).toBe(testsBefore + 1);
    const testCopy = (await outboxFor(ADMIN)).findLast((m) => m.includes(`[Test] ${subject}`)) ?? "";
    expect(testCopy).toContain("<strong>212 coats</strong>");
    // Nobody else got it.
    for (const reader of readers) expect((await outboxFor(reader)).join("\n")).not.toContain(subject);

    // ── Send: asked first, then sent. ───────────────────────────────────────────────────────
    const people = await recipientCount();
    const question = page.getByRole("group", { name: /Send now\?$/ });
    await expect(question).toBeHidden();
    await page.locator("summary", { hasText: /^Send to [\d,]+ confirmed subscribers?$/ }).click();
    await expect(question).toBeVisible();
    await expect(question).toContainText(`This sends to ${people.toLocaleString("en-GB")} ${people === 1 ? "person" : "people"}. Send now?`);
    expect(await query(`SELECT 1 FROM "Newsletter" WHERE subject = $1`, [subject])).toHaveLength(0);
    await expectAccessible(page);
    await question.getByRole("button", { name: "Yes, send it now" }).click();

    await expect(page).toHaveURL(/\/admin\/newsletters\/[A-Za-z0-9_-]{22}$/);
    await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Sent", { timeout: 30_000 });
    await expect(page.locator("progress")).toHaveAttribute("value", String(people));
    await expectAccessible(page);
    // By its title: the composer the send was made from may still be in the page, hidden (Next
    // keeps recent routes mounted for going back), with its own preview frame.
    await expect(page.frameLocator('iframe[title^="The email"]').locator("strong")).toHaveText("212 coats");

    for (const reader of readers) {
      await expect.poll(async () => (await outboxFor(reader)).filter((m) => m.includes(`Subject: ${subject}`)).length, { timeout: 20_000 }).toBe(1);
    }
    const copy = (await outboxFor(readers[0] ?? "")).find((m) => m.includes(subject)) ?? "";
    expect(copy).toContain("<strong>212 coats</strong>");
    expect(copy).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);

    const [sent] = await query<{ id: string; recipients: number; email: string }>(
      `SELECT n.id, n.recipients, u.email FROM "Newsletter" n JOIN "User" u ON u.id = n."createdById" WHERE n.subject = $1`,
      [subject],
    );
    expect(sent).toMatchObject({ recipients: people, email: ADMIN });
    const audit = await query<{ action: string }>(
      `SELECT a.action FROM "AuditLog" a JOIN "User" u ON u.id = a."actorId" WHERE u.email = $1 ORDER BY a."createdAt"`,
      [ADMIN],
    );
    expect(audit.map((a) => a.action)).toEqual(["subscribers.export", "newsletter.test", "newsletter.send"]);

    await page.getByRole("link", { name: "← Newsletters" }).click();
    const listed = page.getByRole("row", { name: new RegExp(subject) });
    await expect(listed).toContainText("Sent");
    await expect(listed.getByRole("cell").nth(3)).toHaveText(people.toLocaleString("en-GB"));
    // The previews live inside the site's content security policy without tripping it.
    expect(policyViolations).toEqual([]);
  });

  // In the same serial group: it signs in as the same admin, and must not race the test above.
  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("asking first works without JavaScript, and a doubled submit sends once", async ({ page, baseURL }) => {
      test.setTimeout(180_000);
      await signIn(page, ADMIN);
      await page.goto("/admin/newsletters/new");
      const subject = `Paris needs sleeping bags ${run}`;
      await page.getByLabel("Subject").fill(subject);
      await page.getByLabel("The update, in Markdown").fill("Thank you for the coats. Next: **sleeping bags** for Paris.");
      // The question is plain HTML: it opens without JavaScript.
      await page.locator("summary", { hasText: /^Send to [\d,]+ confirmed subscribers?$/ }).click();
      const question = page.getByRole("group", { name: /Send now\?$/ });
      await expect(question).toBeVisible();

      // The form, sent twice at once (a double click, a resent POST).
      const fields: Record<string, string> = { intent: "send" };
      for (const input of await page.locator("form input").all()) {
        const name = await input.getAttribute("name");
        if (name) fields[name] = await input.inputValue();
      }
      fields.body = await page.getByLabel("The update, in Markdown").inputValue();
      const token = fields.token ?? "";
      expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
      const post = () => page.request.post("/admin/newsletters/new", { multipart: fields, headers: { Origin: baseURL ?? "" }, maxRedirects: 0 });
      const responses = await Promise.all([post(), post()]);
      const landed = responses.map((r) => {
        const to = new URL(r.headers().location ?? "", baseURL);
        return `${r.status()} ${to.pathname}${to.search}`;
      });
      expect(landed.sort()).toEqual([`303 /admin/newsletters/${token}`, `303 /admin/newsletters/${token}?repeat=1`]);
      expect(await query(`SELECT id FROM "Newsletter" WHERE subject = $1`, [subject])).toEqual([{ id: token }]);
      expect(await query(`SELECT 1 FROM "AuditLog" WHERE action = 'newsletter.send' AND subject = $1`, [token])).toHaveLength(1);

      // And the real button, a third time: the same update, not sent again.
      await question.getByRole("button", { name: "Yes, send it now" }).click();
      await expect(page).toHaveURL(new RegExp(`/admin/newsletters/${token}\\?repeat=1$`));
      await expect(page.getByText("Send was pressed more than once. The update went out only once.")).toBeVisible();
      await expect(page.getByRole("link", { name: "Refresh now" }).or(page.getByRole("main").getByRole("status").filter({ hasText: "Sent" }))).toBeVisible();
      expect(await query(`SELECT 1 FROM "Newsletter" WHERE subject = $1`, [subject])).toHaveLength(1);
    });
  });

  // Last, in the same group: it adds subscribers the send above must not count.
  test.describe("bounces and spam complaints", () => {
    const bouncing = `nl-bounces-${run}@example.org`;
    const complaining = `nl-complains-${run}@example.org`;

    test("Resend's signed reports stop updates to those addresses, forged ones change nothing, and staff see why", async ({ page, request }) => {
      const secret = process.env.E2E_RESEND_WEBHOOK_SECRET ?? "";
      expect(secret).toMatch(/^whsec_/);
      for (const email of [bouncing, complaining]) {
        await query(
          `INSERT INTO "Subscriber" (id, email, status, "confirmedAt", "createdAt", "updatedAt") VALUES (gen_random_uuid()::text, $1, 'CONFIRMED', now(), now(), now())`,
          [email],
        );
      }
      const email = (to: string) => ({ id: `re_${to}`, from: "Calais Winter Aid <hello@calaiswinteraid.example>", to: [to], subject: "Winter update" });
      const post = (signed: { body: string; headers: Record<string, string> }) =>
        request.post("/api/resend/webhook", { data: signed.body, headers: signed.headers });

      // A stranger who does not know the secret cannot stop anyone's updates.
      const forged = await post(
        signedWebhook(`whsec_${Buffer.from("not the secret at all, not at all").toString("base64")}`, webhookEventFor(email(bouncing), "email.complained")),
      );
      expect(forged.status()).toBe(400);
      expect(await query(`SELECT 1 FROM "Subscriber" WHERE email = $1 AND "suppressedAt" IS NOT NULL`, [bouncing])).toHaveLength(0);

      expect((await post(signedWebhook(secret, webhookEventFor(email(bouncing), "email.bounced")))).status()).toBe(200);
      expect((await post(signedWebhook(secret, webhookEventFor(email(complaining), "email.complained")))).status()).toBe(200);

      await signIn(page, ADMIN);
      await page.goto("/admin/subscribers?suppressed=1");
      const row = (address: string) => page.getByRole("row").filter({ hasText: address });
      await expect(row(bouncing)).toContainText("bounced (Permanent, General: The recipient's mailbox does not exist.)");
      await expect(row(complaining)).toContainText("marked an update as spam");
      await expect(page.getByRole("link", { name: "Show everyone" })).toBeVisible();
      await expectAccessible(page);
    });
  });
});
