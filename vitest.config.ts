import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "apps/*/src/**/*.test.ts",
      "e2e/**/*.test.ts",
      "bench/**/*.test.ts",
    ],
    // PGlite starts in a few seconds and PostgreSQL databases are created per file: generous, not a timing assertion.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    globalSetup: ["./vitest.global-setup.ts"],
  },
});
