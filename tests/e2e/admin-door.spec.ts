import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { auditEntriesBy, staffWithSession } from "./staff-sessions";
import { query } from "./support";

// What a plain HTTP client (no script, no redirects followed) is answered at the staff area's
// door and for things that do not exist: real statuses, and every 404's message in the HTML.

const notFoundMessage = "We couldn’t find that page";
const noCookie = { maxRedirects: 0 } as const;

/** The HTML a browser without script shows: Next also carries every not-found page in its script payload. */
const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");

/** The id the build gave the action that saves the goal and prices. */
function saveGoalActionId(): string {
  const dist = path.resolve(process.env.NEXT_DIST_DIR ?? ".next-test");
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const id = Object.entries(manifest.node).find(([, a]) => a.filename === "app/admin/appeal/actions.ts" && a.exportedName === "saveGoalAction")?.[0];
  if (!id) throw new Error("the build has no saveGoalAction");
  return id;
}

test("a visitor without a session gets a 307 to the sign-in page from every staff page", async ({ request, baseURL }) => {
  for (const page of ["/admin", "/admin/posts", "/admin/posts/new", "/admin/posts/some-id", "/admin/appeal/goal", "/admin/donations/some-id", "/admin/staff"]) {
    const response = await request.get(page, noCookie);
    expect(response.status(), page).toBe(307);
    expect(new URL(response.headers().location ?? "", baseURL).href, page).toBe(`${baseURL}/admin/sign-in`);
    expect(response.headers()["cache-control"], page).toContain("no-store");
  }
  // The sign-in page itself answers.
  const signIn = await request.get("/admin/sign-in", noCookie);
  expect(signIn.status()).toBe(200);
  expect(await signIn.text()).toContain("Email me a sign-in link");
});

test("a staff page about something that does not exist answers 404 with its message in the HTML", async ({ request }) => {
  const admin = await staffWithSession("admin", "door");
  // Every staff page in the build about one record (a [segment] in its path), with an id nobody
  // has: a new page the door's table (lib/security/staff-door.ts) does not know fails here.
  const dist = path.resolve(process.env.NEXT_DIST_DIR ?? ".next-test");
  const missing = Object.entries(JSON.parse(fs.readFileSync(path.join(dist, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>)
    .filter(([entry, route]) => entry.endsWith("/page") && route.startsWith("/admin/") && route.includes("["))
    .map(([, route]) => route.replace(/\[[^\]]+\]/g, "no-such-record"));
  expect(missing).toEqual(
    expect.arrayContaining(["/admin/posts/no-such-record", "/admin/donations/no-such-record", "/admin/appeal/in-kind/no-such-record/remove"]),
  );
  for (const page of missing) {
    const response = await request.get(page, { headers: { Cookie: admin.cookie }, maxRedirects: 0 });
    expect(response.status(), page).toBe(404);
    expect(withoutScripts(await response.text()), page).toContain(notFoundMessage);
  }
  // A record that exists is shown as before.
  const post = (await query<{ id: string }>(`SELECT id FROM "Post" ORDER BY "createdAt" LIMIT 1`))[0];
  const found = await request.get(`/admin/posts/${post?.id}`, { headers: { Cookie: admin.cookie }, maxRedirects: 0 });
  expect(found.status()).toBe(200);
  expect(withoutScripts(await found.text())).toContain("Edit post");
  expect(withoutScripts(await found.text())).not.toContain(notFoundMessage);
});

test("no fixed staff page is taken for a record's id at the door", async ({ request }) => {
  // Every staff page in the build without a [segment]: signed in, none may answer 404.
  const dist = path.resolve(process.env.NEXT_DIST_DIR ?? ".next-test");
  const routes = Object.entries(JSON.parse(fs.readFileSync(path.join(dist, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>)
    .filter(([entry, route]) => entry.endsWith("/page") && route.startsWith("/admin/") && !route.includes("["))
    .map(([, route]) => route);
  expect(routes).toEqual(expect.arrayContaining(["/admin/posts/new", "/admin/newsletters/new", "/admin/donation-points/new"]));
  const admin = await staffWithSession("admin", "door");
  for (const route of routes) {
    const response = await request.get(route, { headers: { Cookie: admin.cookie }, maxRedirects: 0 });
    expect(response.status(), route).not.toBe(404);
  }
});

test("public addresses for things that do not exist answer 404 with the message in the HTML", async ({ request, page }) => {
  const missing = ["/news/no-such-story", "/shared/not-a-signed-token", "/news?category=no-such-category", "/news?page=9999", "/no-such-page"];
  for (const address of missing) {
    const response = await request.get(address, noCookie);
    expect(response.status(), address).toBe(404);
    expect(withoutScripts(await response.text()), address).toContain(notFoundMessage);
  }
  // With script, the page hydrates to the same single message.
  for (const address of missing.slice(0, 2)) {
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFoundMessage);
  }
});

test("an editor sees the goal and prices but cannot change them", async ({ request, baseURL }) => {
  const editor = await staffWithSession("editor", "door");
  const campaign = async () =>
    (
      await query<{ goalCoats: number; coatPricePence: number; packPricePence: number }>(
        `SELECT "goalCoats", "coatPricePence", "packPricePence" FROM "Campaign" ORDER BY "createdAt" DESC LIMIT 1`,
      )
    )[0];

  const page = await request.get("/admin/appeal/goal", { headers: { Cookie: editor.cookie }, maxRedirects: 0 });
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).toContain("Only admins can change the goal and the prices");
  expect(html).not.toContain('name="coatPricePence"');

  // Posted as the form would be, without script and with it: refused, nothing saved.
  const before = await campaign();
  const id = saveGoalActionId();
  const fields = { goalCoats: "1", coatPricePence: "1.00", packPricePence: "1.00", version: new Date().toISOString() };
  const headers = { Cookie: editor.cookie, Origin: baseURL ?? "" };
  // The hidden fields React writes into a form made with useActionState, as an admin's page has them.
  const reactFields = { $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify({ id, bound: "$@1" }), "$ACTION_1:1": JSON.stringify([{ status: "idle" }]) };
  const plain = await request.post("/admin/appeal/goal", { headers, multipart: { ...reactFields, ...fields }, maxRedirects: 0 });
  expect(plain.status()).toBe(303);
  expect(plain.headers().location).toMatch(/\/admin\/appeal\/goal\?answer=[\w-]{24}$/);
  const scripted = await request.post("/admin/appeal/goal", {
    headers: { ...headers, "Next-Action": id, Accept: "text/x-component" },
    multipart: { "0": JSON.stringify(["$K1", "$K1"]), ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [`1_${k}`, v])) },
    maxRedirects: 0,
  });
  expect(await scripted.text()).toContain("You don’t have permission to do that.");
  expect(await campaign()).toEqual(before);
  expect(await auditEntriesBy([editor.id])).toBe(0);
});
