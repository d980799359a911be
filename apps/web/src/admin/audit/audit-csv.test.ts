import { describe, expect, it } from "vitest";
import type { AuditEvent } from "../admin-types.ts";
import { auditEventsCsv } from "./audit-csv.ts";

const event = (change: Partial<AuditEvent>): AuditEvent => ({
  id: "5b1f7e0c-0000-4000-8000-000000000001",
  seq: 7,
  createdAt: "2026-11-20T10:00:00.000Z",
  actorType: "user",
  actorId: "u-1",
  action: "member.role_change",
  target: "user:u-2",
  outcome: "success",
  data: { from: "viewer", to: "creator" },
  payloadHash: null,
  ip: "127.0.0.1",
  userAgent: null,
  requestId: "r-1",
  prevHash: "0".repeat(64),
  hash: "a".repeat(64),
  ...change,
});

describe("auditEventsCsv", () => {
  it("writes a header and one row per event, with the data as a JSON column", () => {
    const lines = auditEventsCsv([event({})]).split("\r\n");
    expect(lines[0]).toBe("seq,createdAt,actorType,actorId,action,target,outcome,ip,requestId,hash,data");
    expect(lines[1]).toBe(
      `7,2026-11-20T10:00:00.000Z,user,u-1,member.role_change,user:u-2,success,127.0.0.1,r-1,${"a".repeat(64)},"{""from"":""viewer"",""to"":""creator""}"`,
    );
    expect(lines).toHaveLength(3);
  });

  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    const csv = auditEventsCsv([event({ target: 'a,"b"\nc', actorId: "=HYPERLINK(1)", data: {} })]);
    expect(csv).toContain(`"a,""b""\nc"`);
    expect(csv).toContain(",'=HYPERLINK(1),");
    expect(csv).not.toContain(",=HYPERLINK");
  });
});
