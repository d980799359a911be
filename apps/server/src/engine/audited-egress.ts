import { recordAudit } from "@penny/audit";
import type { Database } from "@penny/db";
import { createEgressClient, type EgressCallRecord, type EgressClient } from "@penny/egress";
import type { FastifyBaseLogger } from "fastify";

/** Refusals by policy are "denied"; calls that failed on the way are "failure". */
const deniedOutcomes = new Set([
  "PENNY_EGRESS_HOST_BLOCKED",
  "PENNY_EGRESS_PRIVATE_ADDRESS",
  "PENNY_EGRESS_URL_INVALID",
]);

/**
 * The server's one outbound HTTP client for tools and integrations. Every hop is written to the tenant's audit log
 * as `egress.call` (host, method, status, bytes, duration, outcome; never headers or bodies). The write runs after
 * the call, outside the caller's transaction, and a failed write is logged rather than failing the call.
 */
export function createAuditedEgressClient(database: Database, log: FastifyBaseLogger): EgressClient {
  return createEgressClient({
    onCall: (record) => {
      void auditEgressCall(database, record).catch((error) =>
        log.error({ err: error, host: record.host }, "could not audit an outbound call"),
      );
    },
  });
}

async function auditEgressCall(database: Database, record: EgressCallRecord): Promise<void> {
  await database.withTenant(record.tenantId, (tx) =>
    recordAudit(tx, {
      tenantId: record.tenantId,
      actor: { type: "system" },
      action: "egress.call",
      target: `host:${record.host}`,
      outcome:
        record.outcome === "ok" ? "success" : deniedOutcomes.has(record.outcome) ? "denied" : "failure",
      data: {
        method: record.method,
        status: record.status,
        bytes: record.bytes,
        durationMs: Math.round(record.durationMs),
        outcome: record.outcome,
        address: record.address,
        hop: record.hop,
      },
    }),
  );
}
