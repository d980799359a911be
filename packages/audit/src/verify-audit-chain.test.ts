import { type Database, InvalidTenantIdError } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant, recordEvents, tamper } from "./__fixtures__/audit-fixtures.ts";
import { auditEventHash } from "./audit-hash.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

describe("verifyAuditChain", () => {
  let testDatabase: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    testDatabase = await openTestDatabase();
    database = testDatabase.database;
  });
  afterAll(async () => {
    await testDatabase?.dispose();
  });

  /** A tenant with `count` events; the events are returned in seq order. */
  const chain = async (count: number) => {
    const tenantId = await createTenant(database);
    return { tenantId, events: await recordEvents(database, tenantId, count) };
  };
  const eventAt = <T extends { seq: number }>(events: T[], seq: number): T => {
    const event = events.find((candidate) => candidate.seq === seq);
    if (!event) throw new Error(`no event ${seq}`);
    return event;
  };

  it("passes an empty chain", async () => {
    const tenantId = await createTenant(database);
    expect(await verifyAuditChain(database, tenantId)).toEqual({ ok: true, count: 0, lastHash: null });
  });

  it("passes an intact chain read over several pages, and reports its head hash", async () => {
    const { tenantId, events } = await chain(12);
    expect(await verifyAuditChain(database, tenantId, { pageSize: 5 })).toEqual({
      ok: true,
      count: 12,
      lastHash: events.at(-1)?.hash,
    });
    // Exactly one page's worth, so the last page read is empty.
    expect(await verifyAuditChain(database, tenantId, { pageSize: 6 })).toMatchObject({
      ok: true,
      count: 12,
    });
  });

  it("reports the exact event whose data was changed", async () => {
    const { tenantId, events } = await chain(8);
    await tamper(
      database,
      sql`update audit_events set data = '{"index": 99}' where tenant_id = ${tenantId} and seq = 5`,
    );
    expect(await verifyAuditChain(database, tenantId, { pageSize: 3 })).toEqual({
      ok: false,
      count: 4,
      broken: { seq: 5, eventId: eventAt(events, 5).id, reason: "hash does not match the event's contents" },
    });
  });

  it.each<[string, (tenantId: string) => SQL]>([
    [
      "the actor",
      (tenantId) =>
        sql`update audit_events set actor_id = 'someone-else' where tenant_id = ${tenantId} and seq = 3`,
    ],
    [
      "the action",
      (tenantId) =>
        sql`update audit_events set action = 'document.view' where tenant_id = ${tenantId} and seq = 3`,
    ],
    [
      "the target",
      (tenantId) =>
        sql`update audit_events set target = 'document:99' where tenant_id = ${tenantId} and seq = 3`,
    ],
    [
      "the outcome",
      (tenantId) => sql`update audit_events set outcome = 'denied' where tenant_id = ${tenantId} and seq = 3`,
    ],
    [
      "the time",
      (tenantId) =>
        sql`update audit_events set created_at = created_at - interval '1 day' where tenant_id = ${tenantId} and seq = 3`,
    ],
    [
      "the ip",
      (tenantId) =>
        sql`update audit_events set ip = '198.51.100.1' where tenant_id = ${tenantId} and seq = 3`,
    ],
    [
      "the payload hash",
      (tenantId) =>
        sql`update audit_events set payload_hash = repeat('a', 64) where tenant_id = ${tenantId} and seq = 3`,
    ],
    [
      "the hash itself",
      (tenantId) =>
        sql`update audit_events set hash = repeat('b', 64) where tenant_id = ${tenantId} and seq = 3`,
    ],
  ])("notices a change to %s", async (_column, statement) => {
    const { tenantId, events } = await chain(4);
    await tamper(database, statement(tenantId));
    expect(await verifyAuditChain(database, tenantId)).toMatchObject({
      ok: false,
      count: 2,
      broken: { seq: 3, eventId: eventAt(events, 3).id, reason: "hash does not match the event's contents" },
    });
  });

  it("reports the first of two events whose seqs were swapped", async () => {
    const { tenantId, events } = await chain(8);
    // Three steps, because the unique (tenant_id, seq) index is checked row by row.
    await tamper(database, sql`update audit_events set seq = -3 where tenant_id = ${tenantId} and seq = 3`);
    await tamper(database, sql`update audit_events set seq = 3 where tenant_id = ${tenantId} and seq = 6`);
    await tamper(database, sql`update audit_events set seq = 6 where tenant_id = ${tenantId} and seq = -3`);
    expect(await verifyAuditChain(database, tenantId)).toEqual({
      ok: false,
      count: 2,
      broken: { seq: 3, eventId: eventAt(events, 6).id, reason: "prev_hash does not link to event 2" },
    });
  });

  it("reports a prev_hash that no longer links to the event before", async () => {
    const { tenantId, events } = await chain(6);
    await tamper(
      database,
      sql`update audit_events set prev_hash = ${eventAt(events, 1).hash} where tenant_id = ${tenantId} and seq = 4`,
    );
    expect(await verifyAuditChain(database, tenantId)).toEqual({
      ok: false,
      count: 3,
      broken: { seq: 4, eventId: eventAt(events, 4).id, reason: "prev_hash does not link to event 3" },
    });
  });

  it("reports a first event that does not start from the genesis hash", async () => {
    const { tenantId, events } = await chain(2);
    await tamper(
      database,
      sql`update audit_events set prev_hash = repeat('f', 64) where tenant_id = ${tenantId} and seq = 1`,
    );
    expect(await verifyAuditChain(database, tenantId)).toMatchObject({
      ok: false,
      count: 0,
      broken: { seq: 1, eventId: eventAt(events, 1).id, reason: expect.stringContaining("genesis") },
    });
  });

  it("still catches a change whose hash was recomputed: the next event no longer links to it", async () => {
    const { tenantId, events } = await chain(5);
    const original = eventAt(events, 3);
    const forged = { ...original, data: { index: 99 } };
    await tamper(
      database,
      sql`update audit_events set data = '{"index": 99}', hash = ${auditEventHash(forged.prevHash, forged)}
          where tenant_id = ${tenantId} and seq = 3`,
    );
    expect(await verifyAuditChain(database, tenantId)).toMatchObject({
      ok: false,
      count: 3,
      broken: { seq: 4, reason: "prev_hash does not link to event 3" },
    });
  });

  it("reports a deleted event as a gap at the event after it", async () => {
    const { tenantId, events } = await chain(7);
    await tamper(database, sql`delete from audit_events where tenant_id = ${tenantId} and seq = 5`);
    expect(await verifyAuditChain(database, tenantId)).toEqual({
      ok: false,
      count: 4,
      broken: { seq: 6, eventId: eventAt(events, 6).id, reason: "seq 5 is missing (events 4 → 6)" },
    });
  });

  it("names every missing seq of a longer gap, and a missing start", async () => {
    const middle = await chain(7);
    await tamper(
      database,
      sql`delete from audit_events where tenant_id = ${middle.tenantId} and seq between 3 and 5`,
    );
    expect(await verifyAuditChain(database, middle.tenantId)).toMatchObject({
      ok: false,
      count: 2,
      broken: { seq: 6, reason: "seqs 3–5 are missing (events 2 → 6)" },
    });

    const start = await chain(3);
    await tamper(database, sql`delete from audit_events where tenant_id = ${start.tenantId} and seq = 1`);
    expect(await verifyAuditChain(database, start.tenantId)).toMatchObject({
      ok: false,
      count: 0,
      broken: { seq: 2, reason: "seq 1 is missing (the chain starts at event 2)" },
    });
  });

  it("judges each tenant's chain on its own", async () => {
    const broken = await chain(3);
    const intact = await chain(3);
    await tamper(
      database,
      sql`update audit_events set target = 'x' where tenant_id = ${broken.tenantId} and seq = 2`,
    );
    expect(await verifyAuditChain(database, broken.tenantId)).toMatchObject({
      ok: false,
      broken: { seq: 2 },
    });
    expect(await verifyAuditChain(database, intact.tenantId)).toMatchObject({ ok: true, count: 3 });
  });

  it("refuses a tenant id that is not a UUID", async () => {
    await expect(verifyAuditChain(database, "acme")).rejects.toBeInstanceOf(InvalidTenantIdError);
  });
});
