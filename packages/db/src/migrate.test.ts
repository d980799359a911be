import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./database.ts";
import { MigrationChangedError, MigrationError } from "./errors.ts";
import { MIGRATIONS_DIR, migrate, pendingMigrations, readMigrations } from "./migrate.ts";
import { resultRows } from "./result-rows.ts";
import { openTestDatabase, type TestDatabase } from "./testing/index.ts";

/** Tables, columns, indexes and policies: enough to see whether a run changed anything. */
async function schemaSnapshot(database: Database) {
  return database.withSession(async (db) => ({
    columns: resultRows(
      await db.execute(
        sql`select table_name, column_name, data_type, is_nullable, column_default from information_schema.columns where table_schema = 'public' order by 1, 2`,
      ),
    ),
    indexes: resultRows(
      await db.execute(
        sql`select indexname, indexdef from pg_indexes where schemaname = 'public' order by 1`,
      ),
    ),
    policies: resultRows(
      await db.execute(
        sql`select tablename, policyname, roles::text, cmd, qual, with_check from pg_policies where schemaname = 'public' order by 1, 2`,
      ),
    ),
  }));
}

async function writeMigrations(directory: string, migrations: Record<string, string>) {
  await writeFile(
    path.join(directory, "meta/_journal.json"),
    JSON.stringify({
      version: "7",
      dialect: "postgresql",
      entries: Object.keys(migrations).map((tag, idx) => ({
        idx,
        version: "7",
        when: idx,
        tag,
        breakpoints: true,
      })),
    }),
  );
  for (const [tag, text] of Object.entries(migrations))
    await writeFile(path.join(directory, `${tag}.sql`), text);
}

describe("committed migrations", () => {
  let testDatabase: TestDatabase;
  beforeAll(async () => {
    testDatabase = await openTestDatabase({ migrated: false });
  });
  afterAll(async () => testDatabase?.dispose());

  it("are all pending on an empty database and apply in journal order", async () => {
    const all = (await readMigrations()).map((migration) => migration.tag);
    expect(all[0]).toBe("0000_roles");
    expect(await pendingMigrations(testDatabase.database)).toEqual(all);
    const report = await migrate(testDatabase.database);
    expect(report.applied).toEqual(all);
    expect(await pendingMigrations(testDatabase.database)).toEqual([]);
  });

  it("apply a second time without changing anything", async () => {
    const before = await schemaSnapshot(testDatabase.database);
    const report = await migrate(testDatabase.database);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied.length).toBeGreaterThan(2);
    expect(await schemaSnapshot(testDatabase.database)).toEqual(before);
    expect(before.policies.length).toBeGreaterThan(60);
  });

  it("every migration file is listed in the journal", async () => {
    const files = (await readdir(MIGRATIONS_DIR)).filter((file) => file.endsWith(".sql")).sort();
    const tags = (await readMigrations()).map((migration) => `${migration.tag}.sql`);
    expect(files).toEqual(tags);
  });
});

describe("a failing migration", () => {
  let testDatabase: TestDatabase;
  let directory: string;
  beforeAll(async () => {
    testDatabase = await openTestDatabase({ migrated: false });
    directory = await mkdtemp(path.join(tmpdir(), "penny-migrations-"));
    await mkdir(path.join(directory, "meta"));
  });
  afterAll(async () => {
    await testDatabase?.dispose();
    await rm(directory, { recursive: true, force: true });
  });

  it("rolls back completely, names itself, and leaves earlier migrations applied", async () => {
    await writeMigrations(directory, {
      "0000_first": "create table probe_first (id int primary key);",
      "0001_broken":
        "create table probe_half (id int primary key);\n--> statement-breakpoint\nalter table probe_missing add column x int;",
    });
    const failure = await migrate(testDatabase.database, directory).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).message).toMatch(/Migration 0001_broken failed at statement 2/);
    expect((failure as MigrationError).message).toMatch(/probe_missing/);

    const tables = await testDatabase.database.withSession(async (db) =>
      resultRows<{ name: string | null }>(
        await db.execute(
          sql`select to_regclass('probe_first')::text as name union all select to_regclass('probe_half')::text`,
        ),
      ),
    );
    expect(tables.map((row) => row.name)).toEqual(["probe_first", null]);
    expect(await pendingMigrations(testDatabase.database, directory)).toEqual(["0001_broken"]);
  });

  it("applies once fixed, and refuses a migration edited after it was applied", async () => {
    await writeFile(path.join(directory, "0001_broken.sql"), "create table probe_half (id int primary key);");
    expect((await migrate(testDatabase.database, directory)).applied).toEqual(["0001_broken"]);

    const edited = `${await readFile(path.join(directory, "0000_first.sql"), "utf8")}\n-- edited`;
    await writeFile(path.join(directory, "0000_first.sql"), edited);
    await expect(migrate(testDatabase.database, directory)).rejects.toBeInstanceOf(MigrationChangedError);
  });
});
