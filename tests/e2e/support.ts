import AxeBuilder from "@axe-core/playwright";
import { expect, type APIResponse, type Page } from "@playwright/test";
import { contextFrom, freshAddress } from "./client-address";

/** axe-core with the WCAG 2.0/2.1/2.2 A and AA rules: the page must have no violations. */
export async function expectAccessible(page: Page) {
  const analyse = async () => {
    // Dynamic pages stream their metadata in after the content: wait for the <title>.
    await expect.poll(() => page.title(), { message: `a <title> on ${page.url()}` }).not.toBe("");
    return new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  };
  let results = await analyse();
  // A client-side navigation still in flight takes the old page's <title> away before the new
  // page's arrives: a title that went between the wait and axe is waited for once more. (A page
  // with no title at all fails the wait itself, so this hides nothing.)
  if (results.violations.some((v) => v.id === "document-title")) results = await analyse();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join("\n  ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Records every request the page makes to a host other than this site. */
export function watchThirdPartyRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (req) => {
    const host = new URL(req.url()).hostname;
    if (host !== "localhost" && host !== "127.0.0.1" && !req.url().startsWith("data:")) seen.push(req.url());
  });
  return seen;
}

/** Emails the site wrote to its outbox for `to`, decoded to plain text (newest last). */
export async function outboxFor(to: string): Promise<string[]> {
  const fs = await import("node:fs/promises");
  const path = await import("node:path");
  const dir = path.join(process.env.E2E_DATA_DIR ?? "", "outbox");
  const files = await fs.readdir(dir).catch(() => [] as string[]);
  const messages: { mtime: number; text: string }[] = [];
  for (const f of files) {
    const file = path.join(dir, f);
    const raw = await fs.readFile(file, "utf8");
    if (!new RegExp(`^To: .*${to.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "im").test(raw)) continue;
    // Undo quoted-printable: soft line breaks, then =XX bytes.
    const text = Buffer.from(
      raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      "latin1",
    ).toString("utf8");
    messages.push({ mtime: (await fs.stat(file)).mtimeMs, text });
  }
  return messages.sort((a, b) => a.mtime - b.mtime).map((m) => m.text);
}

/** Waits for the outbox to hold an email for `to` and returns the first link matching `pattern`. */
export async function linkFromOutbox(to: string, pattern: RegExp): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const mails = await outboxFor(to);
        link = mails.at(-1)?.match(pattern)?.[0];
        return link ?? null;
      },
      { timeout: 20_000 },
    )
    .not.toBeNull();
  return (link ?? "").replace(/&amp;/g, "&");
}

/** A query against the end-to-end database. */
export async function query<T extends Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<T[]> {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** The personal unsubscribe link a newsletter carries (same HMAC as lib/newsletter/tokens.ts). */
export async function unsubscribeLink(subscriberId: string, oneClick = false): Promise<string> {
  const crypto = await import("node:crypto");
  const token = crypto
    .createHmac("sha256", process.env.E2E_AUTH_SECRET ?? "")
    .update(`newsletter-unsubscribe:${subscriberId}`)
    .digest("base64url");
  return `/newsletter/unsubscribe${oneClick ? "/one-click" : ""}?s=${encodeURIComponent(subscriberId)}&t=${token}`;
}

/** Makes `email` a member of staff (as an admin's invitation would), once. */
export async function addStaff(email: string, role: "ADMIN" | "EDITOR") {
  const crypto = await import("node:crypto");
  await query(`INSERT INTO "User" (id, email, role, "createdAt", "updatedAt") VALUES ($1, $2, $3, now(), now()) ON CONFLICT (email) DO NOTHING`, [
    crypto.randomUUID(),
    email,
    role,
  ]);
}

/**
 * Signs in to the staff area through the link the site writes to the outbox. Each sign-in is
 * asked for from an address of its own (tests/e2e/client-address.ts: as staff at their own desks
 * would), so the per-address limit on sign-in requests, which every browser here would otherwise
 * share, does not decide the order tests may run in. The link is then opened in `page`, whose
 * context keeps the session.
 */
export async function signIn(page: Page, email: string) {
  // Earlier sign-ins left used links for this address in the outbox: wait for a new one.
  const before = (await outboxFor(email)).length;
  const browser = page.context().browser();
  if (!browser) throw new Error("signIn needs a page in a browser context");
  const desk = await contextFrom(browser, freshAddress());
  try {
    const asking = await desk.newPage();
    await asking.goto("/admin/sign-in");
    await asking.getByLabel("Your work email address").fill(email);
    await asking.getByRole("button", { name: "Email me a sign-in link" }).click();
    // A server action, a rate-limit count and a queued email: give a loaded machine time.
    await expect(asking.getByRole("heading", { name: "Check your email" })).toBeVisible({ timeout: 30_000 });
  } finally {
    await desk.close();
  }
  // The email is sent by the queue's worker, after the answer: wait for it generously.
  await expect.poll(async () => (await outboxFor(email)).length, { timeout: 30_000 }).toBeGreaterThan(before);
  const link = await linkFromOutbox(email, /https?:\/\/[^\s"<>]+\/api\/auth\/callback\/email\?[^\s"<>]+/);
  await page.goto(link);
  await expect(page).toHaveURL(/\/admin$/);
}

/**
 * The response's nonce, after checking that its policy fits how it may be cached: a page answered
 * with no-store carries a nonce on every inline script, a page a cache may keep carries none
 * (lib/security/headers.ts, proxy.ts).
 */
export async function expectPolicyFitsCaching(response: APIResponse, where: string): Promise<string | undefined> {
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  const perRequest = /no-store/.test(headers["cache-control"] ?? "");
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(policy, where).toContain("script-src-attr 'none'");
  if (nonce) {
    expect(/script-src ([^;]*)/.exec(policy)?.[1], where).toBe(`'self' 'nonce-${nonce}'`);
    // Inline scripts need the nonce; files may come from this site only.
    for (const script of scripts) {
      if (/\ssrc=/.test(script)) expect(script, where).toMatch(/\ssrc="\/(?!\/)/);
      else expect(script, where).toContain(`nonce="${nonce}"`);
    }
  } else {
    expect(scripts.join(), where).not.toContain("nonce=");
  }
  // Unknown addresses answer with the prerendered not-found page: no-store, but no nonce needed.
  // Nor does a redirect, which has no page (a signed-out visitor sent to sign in by proxy.ts);
  // staff pages' own nonces are checked signed in (content-security-policy.spec.ts).
  const redirected = response.status() >= 300 && response.status() < 400;
  if (response.status() !== 404 && !redirected)
    expect(Boolean(nonce), `${where}: ${perRequest ? "rendered per request, so it needs a nonce" : "cacheable, so it must not carry one"}`).toBe(perRequest);
  return nonce;
}
