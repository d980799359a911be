import type { Database } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant, recordEvents } from "./__fixtures__/audit-fixtures.ts";
import { type AuditEvent, auditEventHash } from "./audit-hash.ts";
import { exportAuditEvents } from "./export-audit-events.ts";

describe("exportAuditEvents", () => {
  let testDatabase: TestDatabase;
  let database: Database;
  let tenantId: string;
  beforeAll(async () => {
    testDatabase = await openTestDatabase();
    database = testDatabase.database;
    tenantId = await createTenant(database);
    await recordEvents(database, await createTenant(database), 2);
    await recordEvents(database, tenantId, 7, (index) => ({
      action: index % 2 === 0 ? "document.update" : "document.view",
      data: { index, note: "line\nbreak" },
    }));
  });
  afterAll(async () => {
    await testDatabase?.dispose();
  });

  const collect = async (lines: AsyncIterable<string>) => {
    const collected: string[] = [];
    for await (const line of lines) collected.push(line);
    return collected;
  };

  it("writes one JSON object per line, oldest first, across pages", async () => {
    const lines = await collect(exportAuditEvents(database, tenantId, {}, { pageSize: 3 }));
    expect(lines).toHaveLength(7);
    for (const line of lines) {
      expect(line.endsWith("\n")).toBe(true);
      expect(line.slice(0, -1)).not.toContain("\n");
    }
    const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(events.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(events.map((event) => event.tenantId))).toEqual(new Set([tenantId]));
    expect(events[0]).toMatchObject({ action: "document.update", data: { index: 0, note: "line\nbreak" } });
  });

  it("exports everything the chain needs, so each line's hash can be checked on its own", async () => {
    const lines = await collect(exportAuditEvents(database, tenantId));
    let previousHash: unknown;
    for (const line of lines) {
      const parsed = JSON.parse(line) as AuditEvent & { createdAt: string };
      const event = { ...parsed, createdAt: new Date(parsed.createdAt) };
      expect(auditEventHash(event.prevHash, event)).toBe(event.hash);
      if (previousHash !== undefined) expect(event.prevHash).toBe(previousHash);
      previousHash = event.hash;
    }
  });

  it("applies the filters", async () => {
    const lines = await collect(
      exportAuditEvents(database, tenantId, { action: "document.view" }, { pageSize: 2 }),
    );
    expect(lines.map((line) => (JSON.parse(line) as AuditEvent).seq)).toEqual([2, 4, 6]);
  });

  it("yields nothing for a tenant without events", async () => {
    expect(await collect(exportAuditEvents(database, await createTenant(database)))).toEqual([]);
  });
});
