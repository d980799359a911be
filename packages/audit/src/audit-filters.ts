import { schema } from "@penny/db";
import { and, eq, gte, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import { auditActionSchema, storableText } from "./audit-event-input.ts";

/** What a list or export may be narrowed to; dates accept ISO strings, so a route can use this for its query. */
export const auditFiltersSchema = z.object({
  action: auditActionSchema.optional(),
  actorId: storableText.min(1).max(200).optional(),
  outcome: z.enum(schema.auditOutcomes).optional(),
  target: storableText.min(1).max(500).optional(),
  /** Inclusive. */
  from: z.coerce.date().optional(),
  /** Exclusive. */
  to: z.coerce.date().optional(),
});

export type AuditFilters = z.output<typeof auditFiltersSchema>;

const { auditEvents } = schema;

/** The WHERE clause for one tenant's events matching `filters`; the tenant is named even under row-level security. */
export function auditFilterCondition(tenantId: string, filters: AuditFilters = {}): SQL {
  return and(
    eq(auditEvents.tenantId, tenantId),
    filters.action === undefined ? undefined : eq(auditEvents.action, filters.action),
    filters.actorId === undefined ? undefined : eq(auditEvents.actorId, filters.actorId),
    filters.outcome === undefined ? undefined : eq(auditEvents.outcome, filters.outcome),
    filters.target === undefined ? undefined : eq(auditEvents.target, filters.target),
    filters.from === undefined ? undefined : gte(auditEvents.createdAt, filters.from),
    filters.to === undefined ? undefined : lt(auditEvents.createdAt, filters.to),
  ) as SQL;
}
