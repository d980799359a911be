import { recordAudit } from "@penny/audit";
import type { ScimAudit } from "@penny/auth";
import type { FastifyRequest } from "fastify";
import { auditContext } from "../audit-context.ts";
import { principalOf } from "../plugins/access-control.ts";

/** The audit hook SCIM services call inside their transactions: the actor is the tenant's SCIM token. */
export function scimAudit(request: FastifyRequest): ScimAudit {
  const tenantId = principalOf(request).tenantId;
  return async (tx, event) => {
    await recordAudit(tx, { ...auditContext(request), tenantId, ...event });
  };
}
