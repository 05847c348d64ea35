import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { query } from "./support";

// Every server action and route handler in the staff area, as the build under test has them, is
// called by a signed-out visitor and must refuse without writing anything. The list comes from
// the build's own manifests, so an action or route added later is covered without editing this.

type ActionEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };
const dist = path.resolve(process.env.NEXT_DIST_DIR ?? ".next-test");
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(dist, "server", file), "utf8")) as T;

/** "app/admin/posts/[id]/page" → "/admin/posts/x": an address the action or route is served at. */
const addressOf = (worker: string) =>
  worker
    .replace(/^app/, "")
    .replace(/\/(page|route)$/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\[[^\]]+\]/g, "x") || "/";

// Public on purpose: asking for a sign-in link (answers everyone alike) and signing out.
const publicActions = new Set(["requestSignInAction", "signOutAction"]);

const actions = Object.entries(readJson<{ node: Record<string, ActionEntry> }>("server-reference-manifest.json").node)
  .filter(([, a]) => a.filename.startsWith("app/admin/") && !a.exportedName.startsWith("$$") && !publicActions.has(a.exportedName))
  .map(([id, a]) => ({ id, name: `${a.filename} ${a.exportedName}`, address: addressOf(Object.keys(a.workers)[0] ?? "app/admin/page") }));

const routes = Object.keys(readJson<Record<string, string>>("app-paths-manifest.json"))
  .filter((p) => p.startsWith("/admin/") && p.endsWith("/route"))
  .map((p) => addressOf(`app${p}`));

// Tables that other tests of this read-only phase write while this one runs: the public forms
// (a sign-in link, a newsletter signup, a donation…) and signing in as staff (a user, a session,
// an export's audit row). Their row counts move under this test, so in them it looks for the
// intruder's own rows instead; every other table's count must not move at all.
const busyTables = new Set([
  "Account",
  "AuditLog",
  "CacheTag",
  "ConsentRecord",
  "CoatDrive",
  "CoatDriveReport",
  "CoatPhoto",
  "Donation",
  "EmailEvent",
  "EmailMessage",
  "GiftAidDeclaration",
  "KeptFormAnswer",
  "KeptPublicAnswer",
  "PaymentProblem",
  "Session",
  "StripeEvent",
  "Subscriber",
  "User",
  "VerificationToken",
  "VolunteerApplication",
]);

/** What the requests below send: any row holding one of these was written by them. */
const INTRUDER = { id: "intruder-1", title: "Intruder", email: "intruder@example.org", markdown: "**intruder**" };

/** Rows in every quiet table; in the busy ones, the rows that mention the intruder. */
async function rowCounts() {
  const tables = await query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('rate_limits', '_prisma_migrations') ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const where = busyTables.has(table_name) ? ` AS t WHERE t::text ILIKE '%intruder%'` : "";
    counts[table_name] = Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "${table_name}"${where}`))[0]?.n);
  }
  return counts;
}

test("the build has staff actions and routes to check", () => {
  expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining([expect.stringContaining("savePostAction"), expect.stringContaining("inviteStaffAction")]));
  expect(routes).toEqual(expect.arrayContaining(["/admin/donations/export"]));
});

test("a signed-out request to every staff server action is refused, and nothing is written", async ({ request, baseURL }) => {
  const before = await rowCounts();
  for (const action of actions) {
    // The Flight reply a browser sends for (previousState, formData): the form's fields are "1_…".
    const multipart = {
      "0": JSON.stringify(["$K1", "$K1"]),
      "1_id": INTRUDER.id,
      "1_title": INTRUDER.title,
      "1_email": INTRUDER.email,
      "1_markdown": INTRUDER.markdown,
    };
    const response = await request.post(action.address, {
      headers: { "Next-Action": action.id, Accept: "text/x-component", Origin: baseURL ?? "" },
      multipart,
      maxRedirects: 0,
    });
    const body = await response.text();
    expect(body, action.name).not.toContain("<strong>");
    // Refused: a form's action answers that the session has ended; a preview answers nothing.
    const refused = body.includes("Your session has ended. Please sign in again.") || /^1:""$/m.test(body);
    expect(refused, `${action.name} answered: ${body.slice(0, 300)}`).toBe(true);
  }
  expect(await rowCounts()).toEqual(before);
});

test("a signed-out request to every staff route handler is refused", async ({ request }) => {
  for (const route of routes) {
    for (const method of ["GET", "POST"] as const) {
      const response = await request.fetch(route, { method, maxRedirects: 0 });
      if (method === "GET") {
        // With no session cookie at all, proxy.ts sends the visitor to sign in before the route
        // runs; the route's own check (401) is for a cookie whose session is gone.
        expect(response.status(), `${method} ${route}`).toBe(307);
        expect(response.headers().location, route).toMatch(/\/admin\/sign-in$/);
        const stale = await request.fetch(route, { method, headers: { Cookie: "authjs.session-token=not-a-session" }, maxRedirects: 0 });
        expect(stale.status(), `${method} ${route} with a stale cookie`).toBe(401);
        expect(stale.headers()["cache-control"], route).toContain("no-store");
      } else {
        expect([401, 405], `${method} ${route}`).toContain(response.status());
        if (response.status() === 401) expect(response.headers()["cache-control"], route).toContain("no-store");
      }
    }
  }
});
