import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { recordAudit } from "@penny/audit";
import { Database, schema } from "@penny/db";
import { createFreshPostgresDatabase, dropPostgresDatabase } from "@penny/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnPenny } from "../__fixtures__/penny-process.ts";

const STACK_FRAME = /^\s{4}at /m;
const MASTER_KEY = Buffer.alloc(32, 7).toString("base64");

/**
 * Spawns the real CLI on one data folder (and, with DATABASE_URL set, a fresh PostgreSQL database). The tests share
 * that database and run in order: unmigrated, then seeded and altered.
 */
describe("penny audit verify", () => {
  let dataDir: string;
  let databaseUrl: string | undefined;
  let environment: Record<string, string>;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "penny-audit-cli-"));
    databaseUrl = process.env.DATABASE_URL
      ? await createFreshPostgresDatabase(process.env.DATABASE_URL)
      : undefined;
    environment = databaseUrl
      ? { DATABASE_URL: databaseUrl, PENNY_MASTER_KEY: MASTER_KEY, PENNY_DATA_DIR: dataDir }
      : { PENNY_DATA_DIR: dataDir };
  });
  afterAll(async () => {
    if (process.env.DATABASE_URL && databaseUrl)
      await dropPostgresDatabase(process.env.DATABASE_URL, databaseUrl);
    await rm(dataDir, { recursive: true, force: true });
  });

  const run = async (args: string[]) => {
    const penny = spawnPenny(args, environment);
    const code = await penny.exited;
    return { code, stdout: penny.stdout(), stderr: penny.stderr() };
  };
  /** Opens the same database the CLI uses; on PGlite only while no penny process holds the folder. */
  const withDatabase = async <T>(work: (database: Database) => Promise<T>): Promise<T> => {
    const database = await Database.open(
      databaseUrl ? { url: databaseUrl, poolSize: 1 } : { dataDir: path.join(dataDir, "pglite") },
    );
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  };

  it("refuses a database that was never migrated, and says what to run", async () => {
    const result = await run(["audit", "verify"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("penny migrate");
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  // Several processes in a row, each opening the database: generous time, not a timing assertion.
  it("verifies every tenant's chain, then names the event where one was altered", {
    timeout: 240_000,
  }, async () => {
    const seeded = await run(["seed", "--demo"]);
    expect(seeded.code, seeded.stderr).toBe(0);

    const fresh = await run(["audit", "verify"]);
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(fresh.stdout).toMatch(/^acme: \d+ events?, chain intact$/m);
    expect(fresh.stdout).toMatch(/^globex: \d+ events?, chain intact$/m);

    // Whatever the seed recorded, three more events follow it.
    const { before, recorded } = await withDatabase(async (database) => {
      const acmeId = await tenantId(database, "acme");
      const count = await database.withTenant(
        acmeId,
        async (tx) => (await tx.select().from(schema.auditEvents)).length,
      );
      const events = [];
      for (const action of ["document.create", "document.update", "document.delete"]) {
        events.push(
          await database.withTenant(acmeId, (tx) =>
            recordAudit(tx, { tenantId: acmeId, actor: { type: "user", id: "u1" }, action }),
          ),
        );
      }
      return { before: count, recorded: events };
    });
    const one = await run(["audit", "verify", "--tenant", "acme"]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout.trim()).toBe(`acme: ${before + 3} events, chain intact`);

    const altered = recorded[1];
    if (!altered) throw new Error("no event recorded");
    await withDatabase((database) =>
      database.withSession((db) =>
        db.execute(sql`update audit_events set action = 'document.view' where id = ${altered.id}`),
      ),
    );
    const broken = await run(["audit", "verify"]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(
      `acme: BROKEN at seq ${altered.seq} (event ${altered.id}): hash does not match the event's contents`,
    );
    expect(broken.stdout).toMatch(/^globex: \d+ events?, chain intact$/m);
    expect(broken.stderr).toContain("The audit chain of acme is broken.");
    expect(broken.stderr).not.toMatch(STACK_FRAME);
  });

  it("refuses an unknown tenant slug with a clear message", async () => {
    const result = await run(["audit", "verify", "--tenant", "initech"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No tenant has the slug "initech".');
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});

async function tenantId(database: Database, slug: string): Promise<string> {
  const [tenant] = await database.withPlatform((tx) =>
    tx.select({ id: schema.tenants.id }).from(schema.tenants).where(eq(schema.tenants.slug, slug)),
  );
  if (!tenant) throw new Error(`no tenant ${slug}`);
  return tenant.id;
}
