import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { auditEntriesBy, staffWithSession, type StaffKind, type TestStaff } from "./staff-sessions";

// Who may call each staff server action and staff route handler, checked against the build under
// test: every action and route in the build's manifests is called by a visitor, a disabled member
// of staff, an editor and an admin. The table below says which role each one needs; an action or
// route the table does not name fails the first test, so a new one must be classified here.
//
// "Refused" is the answer staffAction and staffOrRefusal give (the session or permission
// message, 401, 403); "allowed" is anything else. Allowed calls send an empty form, which every
// action's schema refuses, so nothing is written either way: the audit log, which every change
// staff make writes to, must hold nothing from these members of staff.

type Role = "EDITOR" | "ADMIN" | "PUBLIC";
/** How the action is called: a form's (previousState, formData), or a preview's plain strings. */
type Call = { role: Role; call: "form" | "strings" };

const actionRoles: Record<string, Call> = {
  // Public on purpose: asking for a sign-in link (answers everyone alike) and signing out.
  "app/admin/sign-in/actions.ts requestSignInAction": { role: "PUBLIC", call: "form" },
  "app/admin/actions.ts signOutAction": { role: "PUBLIC", call: "form" },
  // Posts, the appeal's words and drop-off points: editors and admins.
  "app/admin/posts/actions.ts savePostAction": { role: "EDITOR", call: "form" },
  "app/admin/posts/actions.ts previewMarkdownAction": { role: "EDITOR", call: "strings" },
  "app/admin/appeal/actions.ts saveCopyAction": { role: "EDITOR", call: "form" },
  "app/admin/appeal/actions.ts saveVideoAction": { role: "EDITOR", call: "form" },
  "app/admin/appeal/actions.ts saveWaysAction": { role: "EDITOR", call: "form" },
  "app/admin/appeal/actions.ts saveFiguresAction": { role: "EDITOR", call: "form" },
  "app/admin/appeal/actions.ts recordInKindAction": { role: "EDITOR", call: "form" },
  "app/admin/appeal/actions.ts removeInKindAction": { role: "EDITOR", call: "form" },
  "app/admin/donation-points/actions.ts savePointAction": { role: "EDITOR", call: "form" },
  "app/admin/donation-points/actions.ts changePointStatusAction": { role: "EDITOR", call: "form" },
  "app/admin/pages/actions.ts savePageAction": { role: "EDITOR", call: "form" },
  "app/admin/pages/actions.ts previewPageAction": { role: "EDITOR", call: "strings" },
  "app/admin/coat-wall/actions.ts approvePhotosAction": { role: "EDITOR", call: "form" },
  "app/admin/coat-wall/actions.ts takeDownPhotoAction": { role: "EDITOR", call: "form" },
  "app/admin/coat-wall/actions.ts linkPhotoAction": { role: "EDITOR", call: "form" },
  // What donors are charged, people's personal data, money and staff: admins only.
  "app/admin/appeal/actions.ts saveGoalAction": { role: "ADMIN", call: "form" },
  "app/admin/gift-aid/actions.ts createClaimAction": { role: "ADMIN", call: "form" },
  "app/admin/newsletters/actions.ts composeNewsletterAction": { role: "ADMIN", call: "form" },
  "app/admin/newsletters/actions.ts previewNewsletterAction": { role: "ADMIN", call: "strings" },
  "app/admin/staff/actions.ts inviteStaffAction": { role: "ADMIN", call: "form" },
  "app/admin/staff/actions.ts changeRoleAction": { role: "ADMIN", call: "form" },
  "app/admin/staff/actions.ts setDisabledAction": { role: "ADMIN", call: "form" },
  "app/admin/volunteers/actions.ts changeVolunteerStatusAction": { role: "ADMIN", call: "form" },
  "app/admin/donations/problems/actions.ts resolveProblemAction": { role: "ADMIN", call: "form" },
  "app/admin/coat-drives/actions.ts moveDriveAction": { role: "ADMIN", call: "form" },
  "app/admin/coat-drives/actions.ts saveDriveAction": { role: "ADMIN", call: "form" },
  "app/admin/coat-drives/actions.ts decideReportAction": { role: "ADMIN", call: "form" },
};

/** Route handlers under /admin, by their page path in the build: all are downloads for admins. */
const routeRoles: Record<string, Role> = {
  "/admin/donations/export/route": "ADMIN",
  "/admin/volunteers/export/route": "ADMIN",
  "/admin/subscribers/export/route": "ADMIN",
  "/admin/gift-aid/claims/[id]/route": "ADMIN",
  "/admin/coat-drives/export/route": "ADMIN",
};

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

// Every action defined under app/admin (the sign-in page's included) and every route handler.
const builtActions = Object.entries(readJson<{ node: Record<string, ActionEntry> }>("server-reference-manifest.json").node)
  .filter(([, a]) => a.filename.startsWith("app/admin/") && !a.exportedName.startsWith("$$"))
  .map(([id, a]) => ({ id, name: `${a.filename} ${a.exportedName}`, address: addressOf(Object.keys(a.workers)[0] ?? "app/admin/page") }));
const builtRoutes = Object.keys(readJson<Record<string, string>>("app-paths-manifest.json")).filter((p) => p.startsWith("/admin/") && p.endsWith("/route"));

const staffActions = builtActions.flatMap((a) => {
  const entry = actionRoles[a.name];
  return entry && entry.role !== "PUBLIC" ? [{ ...a, ...entry, role: entry.role }] : [];
});
const staffRoutes = builtRoutes.map((p) => ({ page: p, address: addressOf(`app${p}`), role: routeRoles[p] }));

const sessionEnded = "Your session has ended. Please sign in again.";
const noPermission = "You don’t have permission to do that.";

/** Calls the action as the browser's script would; the raw Flight answer. */
async function callAction(
  request: APIRequestContext,
  baseURL: string,
  action: (typeof staffActions)[number],
  cookie: string | null,
): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = { "Next-Action": action.id, Accept: "text/x-component", Origin: baseURL };
  if (cookie) headers.Cookie = cookie;
  const response =
    action.call === "form"
      ? // (previousState, formData) with an empty form: "$K1" is the form made of the "1_" fields.
        await request.post(action.address, { headers, multipart: { "0": JSON.stringify(["$K1", "$K1"]), "1_unused": "" }, maxRedirects: 0 })
      : await request.post(action.address, {
          headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
          data: JSON.stringify(["**matrix**", "**matrix**"]),
          maxRedirects: 0,
        });
  return { status: response.status(), body: await response.text() };
}

/** Whether the answer is a refusal for the session or the role. */
function refused(action: (typeof staffActions)[number], answer: { status: number; body: string }): boolean {
  if (answer.status === 401 || answer.status === 403) return true;
  if (action.call === "strings") return /^1:""$/m.test(answer.body);
  return answer.body.includes(sessionEnded) || answer.body.includes(noPermission);
}

test("every staff action and route in the build has a role in the table", () => {
  const unclassified = [...builtActions.filter((a) => !(a.name in actionRoles)).map((a) => a.name), ...builtRoutes.filter((p) => !(p in routeRoles))];
  expect(unclassified, "classify each new staff action or route in admin-role-matrix.spec.ts").toEqual([]);
  // And the table names nothing the build lacks (a renamed action would otherwise go unchecked).
  const built = new Set([...builtActions.map((a) => a.name), ...builtRoutes]);
  expect([...Object.keys(actionRoles), ...Object.keys(routeRoles)].filter((name) => !built.has(name))).toEqual([]);
  expect(staffActions.length).toBeGreaterThan(10);
  expect(staffRoutes.length).toBeGreaterThan(2);
});

const members: { kind: StaffKind | "visitor"; may: (role: Role) => boolean }[] = [
  { kind: "visitor", may: () => false },
  { kind: "disabled", may: () => false },
  { kind: "editor", may: (role) => role === "EDITOR" },
  { kind: "admin", may: () => true },
];

for (const member of members) {
  test(`each staff action and route answers a ${member.kind} as the table says, and nothing is written`, async ({ request, baseURL }) => {
    test.setTimeout(180_000);
    const staff: TestStaff | null = member.kind === "visitor" ? null : await staffWithSession(member.kind, "matrix");
    const cookie = staff?.cookie ?? null;
    const wrong: string[] = [];
    for (const action of staffActions) {
      const answer = await callAction(request, baseURL ?? "", action, cookie);
      const wasRefused = refused(action, answer);
      if (wasRefused === member.may(action.role))
        wrong.push(`${action.name} (needs ${action.role}) ${wasRefused ? "refused" : "allowed"}: ${answer.status} ${answer.body.slice(0, 200)}`);
      // An allowed form got the empty form refused by its schema, so it wrote nothing.
      if (!wasRefused && action.call === "form") expect(answer.body, action.name).toContain("Please check the highlighted answers.");
      if (!wasRefused && action.call === "strings") expect(answer.body, action.name).toContain("<strong>matrix</strong>");
    }
    if (staff) expect(await auditEntriesBy([staff.id]), "audit entries written by refused or invalid calls").toBe(0);

    for (const route of staffRoutes) {
      const response = await request.get(route.address, { headers: cookie ? { Cookie: cookie } : {}, maxRedirects: 0 });
      const status = response.status();
      // A visitor with no session cookie is sent to sign in at the door (proxy.ts); a session
      // that is no longer good gets the route's own 401.
      const wasRefused = status === 401 || status === 403 || (status === 307 && /\/admin\/sign-in$/.test(response.headers().location ?? ""));
      if (wasRefused === member.may(route.role ?? "ADMIN")) wrong.push(`${route.page} (needs ${route.role}) ${wasRefused ? "refused" : "allowed"}: ${status}`);
      if (wasRefused) expect(response.headers()["cache-control"], route.page).toContain("no-store");
    }
    expect(wrong).toEqual([]);
  });
}
