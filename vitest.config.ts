import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    // Playwright's specs live in tests/e2e and run under Playwright, not here.
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    globalSetup: ["tests/support/global-database.ts"],
    environment: "node",
    // Sized for a loaded two-core machine (a build and a browser run beside the suite): a test
    // that sends a 1,000-subscriber newsletter took 37 s there. Only a failing test waits this long.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: "test" },
  },
});
