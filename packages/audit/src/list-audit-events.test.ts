import type { Database } from "@penny/db";
import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTenant, recordEvents } from "./__fixtures__/audit-fixtures.ts";
import { decodeAuditCursor, encodeAuditCursor } from "./audit-cursor.ts";
import { AuditCursorInvalidError } from "./audit-cursor-invalid-error.ts";
import type { AuditEventInput } from "./audit-event-input.ts";
import type { AuditFilters } from "./audit-filters.ts";
import { auditListQuerySchema, listAuditEvents } from "./list-audit-events.ts";

/** Nine events on nine consecutive days, with a mix of actions, actors, outcomes and targets. */
const EVENTS: Partial<AuditEventInput>[] = [
  { action: "auth.login", actor: { type: "user", id: "alice" }, target: "user:alice" },
  { action: "auth.login", actor: { type: "anonymous" }, target: "user:bob", outcome: "failure" },
  { action: "document.update", actor: { type: "user", id: "bob" }, target: "document:1" },
  { action: "auth.login", actor: { type: "user", id: "bob" }, target: "user:bob" },
  {
    action: "member.role.change",
    actor: { type: "user", id: "alice" },
    target: "user:bob",
    outcome: "denied",
  },
  { action: "document.update", actor: { type: "user", id: "alice" }, target: "document:1" },
  { action: "auth.login", actor: { type: "anonymous" }, target: "user:alice", outcome: "failure" },
  { action: "document.delete", actor: { type: "api_key", id: "key-1" }, target: "document:2" },
  { action: "auth.logout", actor: { type: "user", id: "alice" }, target: "user:alice" },
];
const day = (index: number) => new Date(Date.UTC(2026, 0, 1 + index, 12));

describe("listAuditEvents", () => {
  let testDatabase: TestDatabase;
  let database: Database;
  let tenantId: string;
  beforeAll(async () => {
    testDatabase = await openTestDatabase();
    database = testDatabase.database;
    tenantId = await createTenant(database);
    const otherTenant = await createTenant(database);
    await recordEvents(database, otherTenant, 3, () => ({ action: "auth.login" }));
    // Only Date is faked, so each event gets a known day as its created_at.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      for (const [index, event] of EVENTS.entries()) {
        vi.setSystemTime(day(index));
        await recordEvents(database, tenantId, 1, () => event);
      }
    } finally {
      vi.useRealTimers();
    }
  });
  afterAll(async () => {
    await testDatabase?.dispose();
  });

  const list = (filters: AuditFilters, cursor?: string, limit = 50) =>
    database.withTenant(tenantId, (tx) => listAuditEvents(tx, { tenantId, filters, cursor, limit }));
  const seqs = async (filters: AuditFilters) => (await list(filters)).events.map((event) => event.seq);

  it("lists newest first and pages with a cursor until the last page", async () => {
    const pages: number[][] = [];
    let cursor: string | undefined;
    do {
      const page = await list({}, cursor, 4);
      pages.push(page.events.map((event) => event.seq));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages).toEqual([[9, 8, 7, 6], [5, 4, 3, 2], [1]]);
  });

  it("has no next page when the last page is exactly full", async () => {
    const first = await list({}, undefined, 9);
    expect(first.events).toHaveLength(9);
    expect(first.nextCursor).toBeNull();
  });

  it.each<[string, AuditFilters, number[]]>([
    ["action", { action: "auth.login" }, [7, 4, 2, 1]],
    ["actor", { actorId: "alice" }, [9, 6, 5, 1]],
    ["outcome", { outcome: "failure" }, [7, 2]],
    ["target", { target: "user:bob" }, [5, 4, 2]],
    ["from (inclusive)", { from: day(6) }, [9, 8, 7]],
    ["to (exclusive)", { to: day(2) }, [2, 1]],
    ["several at once", { action: "auth.login", outcome: "success", from: day(1), to: day(8) }, [4]],
    ["nothing matching", { action: "billing.refund" }, []],
  ])("filters by %s", async (_filter, filters, expected) => {
    expect(await seqs(filters)).toEqual(expected);
  });

  it("pages through filtered results", async () => {
    const first = await list({ action: "auth.login" }, undefined, 3);
    expect(first.events.map((event) => event.seq)).toEqual([7, 4, 2]);
    const second = await list({ action: "auth.login" }, first.nextCursor ?? undefined, 3);
    expect(second.events.map((event) => event.seq)).toEqual([1]);
    expect(second.nextCursor).toBeNull();
  });

  it("never shows another tenant's events, even on the platform path", async () => {
    const page = await database.withPlatform((tx) => listAuditEvents(tx, { tenantId }));
    expect(page.events).toHaveLength(9);
    expect(new Set(page.events.map((event) => event.tenantId))).toEqual(new Set([tenantId]));
  });

  it("refuses a cursor it did not hand out", async () => {
    for (const cursor of ["not-a-cursor", encodeAuditCursor(5).slice(0, -3), "eyJiZWZvcmVTZXEiOi0xfQ"]) {
      await expect(list({}, cursor)).rejects.toBeInstanceOf(AuditCursorInvalidError);
    }
  });

  it("round-trips a cursor", () => {
    expect(decodeAuditCursor(encodeAuditCursor(12345))).toBe(12345);
    expect(encodeAuditCursor(7)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("reads a route's query string into filters, cursor and limit", () => {
    expect(
      auditListQuerySchema.parse({
        action: "auth.login",
        from: "2026-01-02",
        limit: "10",
        outcome: "failure",
      }),
    ).toEqual({
      action: "auth.login",
      from: new Date("2026-01-02T00:00:00Z"),
      limit: 10,
      outcome: "failure",
    });
    expect(auditListQuerySchema.parse({})).toEqual({ limit: 50 });
    expect(auditListQuerySchema.safeParse({ limit: "1000" }).success).toBe(false);
    expect(auditListQuerySchema.safeParse({ action: "DROP TABLE" }).success).toBe(false);
    expect(auditListQuerySchema.safeParse({ from: "yesterday" }).success).toBe(false);
  });
});
