import { defineConfig } from "vitest/config";

/**
 * Two projects: the server and library suite runs two files at a time (most of it waits on a database, not the
 * CPU); the browser suite (e2e/, real Chromium against a real server) runs after it, one file at a time, so pages
 * never compete with each other for the two cores CI has. `--project server` runs only the first.
 */
export default defineConfig({
  test: {
    // PGlite starts in a few seconds and PostgreSQL databases are created per file: generous, not a timing assertion.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "server",
          include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "bench/**/*.test.ts"],
          globalSetup: ["./vitest.global-setup.ts"],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["e2e/**/*.test.ts"],
          globalSetup: ["./vitest.global-setup.ts"],
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
