import { createHash } from "node:crypto";
import { type Database, rootMessage, schema } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant, recordEvents, storedRows } from "./__fixtures__/audit-fixtures.ts";
import { AuditEventInvalidError } from "./audit-event-invalid-error.ts";
import { auditEventHash, GENESIS_HASH } from "./audit-hash.ts";
import { recordAudit } from "./record-audit.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

const { auditEvents } = schema;

describe("recordAudit", () => {
  let testDatabase: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    testDatabase = await openTestDatabase();
    database = testDatabase.database;
  });
  afterAll(async () => {
    await testDatabase?.dispose();
  });

  const seqsOf = (tenantId: string) =>
    database.withPlatform(async (tx) =>
      (
        await tx
          .select({ seq: auditEvents.seq })
          .from(auditEvents)
          .where(eq(auditEvents.tenantId, tenantId))
          .orderBy(asc(auditEvents.seq))
      ).map((row) => row.seq),
    );

  it("chains events: seq counts up from 1, each prev_hash is the hash before, each hash covers the event", async () => {
    const tenantId = await createTenant(database);
    const [first, second, third] = await recordEvents(database, tenantId, 3);
    expect([first?.seq, second?.seq, third?.seq]).toEqual([1, 2, 3]);
    expect(first?.prevHash).toBe(GENESIS_HASH);
    expect(second?.prevHash).toBe(first?.hash);
    expect(third?.prevHash).toBe(second?.hash);
    for (const event of [first, second, third]) {
      if (!event) throw new Error("missing event");
      expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(auditEventHash(event.prevHash, event)).toBe(event.hash);
    }
  });

  it("stores what it returns, as the tenant reads it back", async () => {
    const tenantId = await createTenant(database);
    const recorded = await database.withTenant(tenantId, (tx) =>
      recordAudit(tx, {
        tenantId,
        actor: { type: "api_key", id: "key-7" },
        action: "member.role.change",
        target: "user:42",
        outcome: "denied",
        data: { from: "member", to: "owner", nested: { list: [1, 2.5, "three", null, true] } },
        ip: "203.0.113.9",
        userAgent: "curl/8.5",
        requestId: "req-1",
      }),
    );
    const [stored] = await database.withTenant(tenantId, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.id, recorded.id)),
    );
    expect(stored).toEqual(recorded);
    expect(stored).toMatchObject({
      actorType: "api_key",
      actorId: "key-7",
      action: "member.role.change",
      outcome: "denied",
      data: { from: "member", to: "owner", nested: { list: [1, 2.5, "three", null, true] } },
      payloadHash: null,
    });
    // Read back from jsonb (keys reordered), the hash still matches.
    if (!stored) throw new Error("not stored");
    expect(auditEventHash(stored.prevHash, stored)).toBe(stored.hash);
  });

  it("defaults: success, empty data, nulls for what was not given", async () => {
    const tenantId = await createTenant(database);
    const recorded = await database.withTenant(tenantId, (tx) =>
      recordAudit(tx, { tenantId, actor: { type: "system" }, action: "tenant.create" }),
    );
    expect(recorded).toMatchObject({
      outcome: "success",
      data: {},
      actorId: null,
      target: null,
      ip: null,
      userAgent: null,
      requestId: null,
    });
  });

  it("works on the platform path too, continuing the same chain", async () => {
    const tenantId = await createTenant(database);
    const [first] = await recordEvents(database, tenantId, 1);
    const second = await database.withPlatform((tx) =>
      recordAudit(tx, { tenantId, actor: { type: "system" }, action: "tenant.suspend" }),
    );
    expect(second.seq).toBe(2);
    expect(second.prevHash).toBe(first?.hash);
    expect(await verifyAuditChain(database, tenantId)).toMatchObject({ ok: true, count: 2 });
  });

  it("rolls back with the caller's transaction: an event recorded before a throw is not stored", async () => {
    const tenantId = await createTenant(database);
    await recordEvents(database, tenantId, 1);
    await expect(
      database.withTenant(tenantId, async (tx) => {
        await recordAudit(tx, { tenantId, actor: { type: "user", id: "u1" }, action: "document.delete" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await seqsOf(tenantId)).toEqual([1]);

    const next = await recordEvents(database, tenantId, 1);
    expect(next[0]?.seq).toBe(2);
    expect(await verifyAuditChain(database, tenantId)).toMatchObject({ ok: true, count: 2 });
  });

  it("gives 20 concurrent writers seq 1..20 without gaps and a valid chain", async () => {
    const tenantId = await createTenant(database);
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        database.withTenant(tenantId, (tx) =>
          recordAudit(tx, {
            tenantId,
            actor: { type: "user", id: `user-${index}` },
            action: "document.view",
            data: { index },
          }),
        ),
      ),
    );
    expect(await seqsOf(tenantId)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(await verifyAuditChain(database, tenantId)).toMatchObject({ ok: true, count: 20 });
  });

  it("hashes the payload (canonical JSON, SHA-256) and stores no part of it", async () => {
    const tenantId = await createTenant(database);
    const secret = "sk-live-7f3c9a1e5b";
    const recorded = await database.withTenant(tenantId, (tx) =>
      recordAudit(tx, {
        tenantId,
        actor: { type: "user", id: "u1" },
        action: "api_key.create",
        data: { prefix: "sk-live" },
        payload: { secret, name: "ci" },
      }),
    );
    const canonical = `{"name":"ci","secret":"${secret}"}`;
    expect(recorded.payloadHash).toBe(createHash("sha256").update(canonical).digest("hex"));

    const rows = await storedRows(
      database,
      sql`select row_to_json(audit_events)::text as row from audit_events where id = ${recorded.id}`,
    );
    expect(rows).toHaveLength(1);
    expect(String(rows[0]?.row)).toContain(recorded.payloadHash);
    expect(String(rows[0]?.row)).not.toContain(secret);
  });

  it("keeps each tenant's chain separate", async () => {
    const acme = await createTenant(database);
    const globex = await createTenant(database);
    await recordEvents(database, acme, 3);
    await recordEvents(database, globex, 2);
    await recordEvents(database, acme, 1);
    expect(await seqsOf(acme)).toEqual([1, 2, 3, 4]);
    expect(await seqsOf(globex)).toEqual([1, 2]);
    expect(await verifyAuditChain(database, acme)).toMatchObject({ ok: true, count: 4 });
    expect(await verifyAuditChain(database, globex)).toMatchObject({ ok: true, count: 2 });
  });

  it("cannot write into another tenant's chain from withTenant", async () => {
    const own = await createTenant(database);
    const other = await createTenant(database);
    await expect(
      database.withTenant(own, (tx) =>
        recordAudit(tx, { tenantId: other, actor: { type: "system" }, action: "tenant.create" }),
      ),
    ).rejects.toThrow();
    expect(await seqsOf(other)).toEqual([]);
  });

  it.each([
    ["an action that is not domain.verb", { action: "Login" }, "action"],
    ["a user actor without an id", { actor: { type: "user" as const } }, "actor.id"],
    ["an unknown actor type", { actor: { type: "robot" as "system" } }, "actor.type"],
    ["data that is not JSON", { data: { when: () => 1 } }, "data.when"],
    ["data with a NUL character", { data: { note: "a\u0000b" } }, "data.note"],
    ["a payload that is not JSON", { payload: { amount: 10n } }, "payload"],
    ["a tenant id that is not a UUID", { tenantId: "acme" }, "tenantId"],
  ])("refuses %s before writing anything", async (_case, change, path) => {
    const tenantId = await createTenant(database);
    const attempt = database.withTenant(tenantId, (tx) =>
      recordAudit(tx, { tenantId, actor: { type: "system" }, action: "tenant.create", ...change }),
    );
    await expect(attempt).rejects.toBeInstanceOf(AuditEventInvalidError);
    await expect(attempt).rejects.toThrow(path);
    expect(await seqsOf(tenantId)).toEqual([]);
  });

  it("cuts an overlong user agent instead of failing the action it records", async () => {
    const tenantId = await createTenant(database);
    const recorded = await database.withTenant(tenantId, (tx) =>
      recordAudit(tx, {
        tenantId,
        actor: { type: "anonymous" },
        action: "auth.login",
        outcome: "failure",
        userAgent: "x".repeat(5000),
      }),
    );
    expect(recorded.userAgent).toHaveLength(512);
  });

  describe("is append-only for the application role", () => {
    it.each([
      [
        "UPDATE",
        (tenantId: string) => sql`update audit_events set data = '{}' where tenant_id = ${tenantId}`,
      ],
      ["DELETE", (tenantId: string) => sql`delete from audit_events where tenant_id = ${tenantId}`],
    ])("%s of its own tenant's events is denied", async (_statement, statement) => {
      const tenantId = await createTenant(database);
      await recordEvents(database, tenantId, 2);
      const failure = await database
        .withTenant(tenantId, (tx) => tx.execute(statement(tenantId)))
        .then(
          () => "it succeeded",
          (error: unknown) => rootMessage(error),
        );
      expect(failure).toMatch(/permission denied for table audit_events/);
      expect(await seqsOf(tenantId)).toEqual([1, 2]);
      expect(await verifyAuditChain(database, tenantId)).toMatchObject({ ok: true, count: 2 });
    });
  });
});
