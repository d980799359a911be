import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readMigrations } from "@penny/db";
import { createFreshPostgresDatabase, dropPostgresDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, spawnPenny, waitForOk } from "./__fixtures__/penny-process.ts";

const STACK_FRAME = /^\s{4}at /m;
const MASTER_KEY = Buffer.alloc(32, 7).toString("base64");

describe("penny CLI", () => {
  const dataDirs: string[] = [];
  const newDataDir = async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "penny-cli-"));
    dataDirs.push(dataDir);
    return dataDir;
  };
  let tags: string[];
  beforeAll(async () => {
    tags = (await readMigrations()).map((migration) => migration.tag);
  });
  afterAll(async () => {
    await Promise.all(dataDirs.map((dataDir) => rm(dataDir, { recursive: true, force: true })));
  });

  it("refuses a bad configuration with a message naming the variable, and no stack trace", async () => {
    const penny = spawnPenny(["start"], { PORT: "abc" }, ["npx", "tsx", "apps/server/src/cli.ts"]);
    expect(await penny.exited).toBe(1);
    expect(penny.stderr()).toContain("PORT");
    expect(penny.stderr()).not.toMatch(STACK_FRAME);
  });

  it("check-config prints the configuration without credentials", async () => {
    const penny = spawnPenny(["check-config"], {
      DATABASE_URL: "postgres://penny:hunter2@db.internal:5432/penny",
      PENNY_MASTER_KEY: MASTER_KEY,
    });
    expect(await penny.exited).toBe(0);
    expect(penny.stdout()).toContain("The configuration is valid.");
    expect(penny.stdout()).toContain("PostgreSQL at postgres://db.internal:5432/penny");
    expect(penny.stdout()).not.toContain("hunter2");
    expect(penny.stdout()).not.toContain(MASTER_KEY);
  });

  it("migrate applies the pending migrations and says which, then finds nothing to do", async () => {
    const dataDir = await newDataDir();
    const first = spawnPenny(["migrate"], { PENNY_DATA_DIR: dataDir });
    expect(await first.exited, first.stderr()).toBe(0);
    expect(first.stdout()).toContain(`Applied ${tags.length} migration(s): ${tags.join(", ")}.`);

    const second = spawnPenny(["migrate"], { PENNY_DATA_DIR: dataDir });
    expect(await second.exited, second.stderr()).toBe(0);
    expect(second.stdout()).toContain("Nothing to apply");
  });

  it("seed --demo creates the demo tenants once, on PostgreSQL too where the demo is off by default", async () => {
    const serverUrl = process.env.DATABASE_URL;
    const databaseUrl = serverUrl ? await createFreshPostgresDatabase(serverUrl) : undefined;
    const environment: Record<string, string> = databaseUrl
      ? { DATABASE_URL: databaseUrl, PENNY_MASTER_KEY: MASTER_KEY, PENNY_DATA_DIR: await newDataDir() }
      : { PENNY_DATA_DIR: await newDataDir() };
    try {
      const first = spawnPenny(["seed", "--demo"], environment);
      expect(await first.exited, first.stderr()).toBe(0);
      expect(first.stdout()).toContain("Created the demo tenants.");
      expect(first.stdout()).toContain("admin@acme.test");

      const second = spawnPenny(["seed", "--demo"], environment);
      expect(await second.exited, second.stderr()).toBe(0);
      expect(second.stdout()).toContain("already exist");

      const bare = spawnPenny(["seed"], environment);
      expect(await bare.exited).toBe(0);
      expect(bare.stdout()).toContain("pass --demo");
    } finally {
      if (serverUrl && databaseUrl) await dropPostgresDatabase(serverUrl, databaseUrl);
    }
  });

  it("serves until SIGTERM, and a second Penny on the same data folder is refused", async () => {
    const dataDir = await newDataDir();
    const port = await freePort();
    const first = spawnPenny(["start"], { PORT: String(port), HOST: "127.0.0.1", PENNY_DATA_DIR: dataDir });
    await waitForOk(first, `http://127.0.0.1:${port}/readyz`);
    expect(first.stdout()).toContain(`Penny is listening on http://127.0.0.1:${port}`);

    const second = spawnPenny(["start"], {
      PORT: String(await freePort()),
      HOST: "127.0.0.1",
      PENNY_DATA_DIR: dataDir,
    });
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toContain("in use");
    expect(second.stderr()).not.toMatch(STACK_FRAME);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(first.stdout()).toContain("Penny stopped");
  });
});
