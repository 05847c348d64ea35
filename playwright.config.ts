import fs from "node:fs";
import { defineConfig, devices, type Project } from "@playwright/test";
import { serveShellCommand } from "./scripts/lib/serve-command";
import { dependenciesOf } from "./tests/e2e/phases";

// End-to-end tests against the production build that `npm test` makes (into .next-test) on its
// own embedded PostgreSQL. Run them through `npm test` (or `npm run test:e2e`), which provides
// E2E_DATABASE_URL; they refuse to start against anything else.
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl || !/@localhost:\d+\/e2e$/.test(databaseUrl)) {
  throw new Error("Run the end-to-end tests with `npm run test:e2e`: they need the throwaway database it starts.");
}
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

/** Chromium: an explicit path, then Debian's package, then Playwright's own download. */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
}

export default defineConfig({
  testDir: "tests/e2e",
  // Sized for a busy two-core machine (a second build beside the suite): a test that signs in
  // twice and runs axe twice took over a minute there. Only a failure waits this long.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        // Nothing but this machine: a test that reaches the internet is a broken test.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-gpu",
      ],
    },
  },
  // Which tests each project holds; tests/e2e/phases.ts orders them and says why.
  projects: (
    [
      {
        name: "chromium",
        use: { ...devices["Desktop Chrome"] },
        testIgnore:
          /(outage|mobile|two-servers|layout|one-price|admin-posts|admin-donations|admin-(appeal|newsletter|points|volunteers|door|role-matrix|dashboard|staff-[a-z-]+)|coat-wall[a-z-]*|coat-drives?[a-z-]*)\.spec\.ts/,
      },
      { name: "mobile", use: { ...devices["Pixel 7"] }, testMatch: /mobile\.spec\.ts/ },
      { name: "writes", use: { ...devices["Desktop Chrome"] }, testMatch: /admin-posts\.spec\.ts/ },
      { name: "claims", use: { ...devices["Desktop Chrome"] }, testMatch: /admin-donations\.spec\.ts/ },
      // Each file signs in as its own member of staff. The door and role-matrix files add staff
      // of their own, which the read-only tests would otherwise count.
      {
        name: "staff",
        use: { ...devices["Desktop Chrome"] },
        testMatch: /admin-(appeal|newsletter|points|volunteers|door|role-matrix|dashboard|staff-[a-z-]+)\.spec\.ts/,
      },
      // Supporters' photos and drives: approving them changes the home page the read-only tests read.
      { name: "wall", use: { ...devices["Desktop Chrome"] }, testMatch: /coat-wall[a-z-]*\.spec\.ts/ },
      { name: "drives", use: { ...devices["Desktop Chrome"] }, testMatch: /coat-drives?[a-z-]*\.spec\.ts/ },
      { name: "servers", use: { ...devices["Desktop Chrome"] }, testMatch: /two-servers\.spec\.ts/ },
      { name: "prices", use: { ...devices["Desktop Chrome"] }, testMatch: /one-price\.spec\.ts/ },
      { name: "outage", use: { ...devices["Desktop Chrome"] }, testMatch: /outage\.spec\.ts/ },
      { name: "layout", use: { ...devices["Desktop Chrome"] }, testMatch: /layout\.spec\.ts/ },
    ] satisfies Project[]
  ).map((project) => ({ ...project, dependencies: dependenciesOf(project.name) })),
  webServer: [
    // A fake postcodes.io (tests/support/fake-postcodes.ts) on the next port: the site's postcode
    // lookups go there, never to the internet.
    {
      command: `node --import tsx tests/support/fake-postcodes-server.ts ${port + 1}`,
      url: `http://127.0.0.1:${port + 1}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The production entry, as `npm start` runs it (scripts/lib/serve-command.ts), exposed
      // directly: no proxy trusted, so the socket's address is the client's. Tests that need
      // addresses of their own connect from one (tests/e2e/client-address.ts).
      command: serveShellCommand(port),
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        DATABASE_URL: databaseUrl,
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test",
        NEXT_TELEMETRY_DISABLED: "1",
        SITE_URL: baseURL,
        DATA_DIR: process.env.E2E_DATA_DIR ?? "",
        AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? "",
        RESEND_WEBHOOK_SECRET: process.env.E2E_RESEND_WEBHOOK_SECRET ?? "",
        ADMIN_EMAILS: "admin@example.org",
        POSTCODES_IO_URL: `http://127.0.0.1:${port + 1}`,
        TRUSTED_PROXY_HOPS: "0",
      },
    },
  ],
});
