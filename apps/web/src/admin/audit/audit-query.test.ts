import { describe, expect, it } from "vitest";
import { auditQuery, auditSearch, noAuditFilters } from "./audit-query.ts";

describe("auditQuery", () => {
  it("leaves out empty filters", () => {
    expect(auditQuery(noAuditFilters)).toEqual({
      action: undefined,
      actorId: undefined,
      outcome: undefined,
      from: undefined,
      to: undefined,
    });
    expect(auditSearch(noAuditFilters)).toBe("");
  });

  it("turns an inclusive day range into local midnights, the end moved to the next day", () => {
    const query = auditQuery({
      ...noAuditFilters,
      action: " invite.created ",
      from: "2026-11-01",
      to: "2026-11-30",
    });
    expect(query.action).toBe("invite.created");
    expect(query.from).toBe(new Date(2026, 10, 1).toISOString());
    expect(query.to).toBe(new Date(2026, 11, 1).toISOString());
    expect(auditSearch({ ...noAuditFilters, outcome: "denied" })).toBe("?outcome=denied");
  });

  it("ignores a day it cannot read", () => {
    expect(auditQuery({ ...noAuditFilters, from: "yesterday" }).from).toBeUndefined();
  });
});
