import { type AuditEventInput, recordAudit } from "@penny/audit";
import type { Tx } from "@penny/db";
import type { FastifyRequest } from "fastify";

/** Who did it and from where, as every audit event of a request records it. */
export function auditContext(request: FastifyRequest) {
  const principal = request.principal;
  const actor = !principal
    ? { type: "anonymous" as const }
    : principal.via === "api_key"
      ? { type: "api_key" as const, id: principal.apiKeyId }
      : { type: "user" as const, id: principal.userId ?? undefined };
  return {
    actor,
    ip: request.ip,
    userAgent: request.headers["user-agent"]?.slice(0, 500),
    requestId: request.id,
  };
}

/** Records one audit event for `request` inside the change's transaction `tx`, with who and where filled in. */
export async function auditChange(
  tx: Tx,
  request: FastifyRequest,
  event: Omit<AuditEventInput, "actor" | "ip" | "userAgent" | "requestId"> & {
    actor?: AuditEventInput["actor"];
  },
): Promise<void> {
  await recordAudit(tx, { ...auditContext(request), ...event });
}
