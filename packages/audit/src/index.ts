export { AuditCursorInvalidError } from "./audit-cursor-invalid-error.ts";
export { type AuditEventInput, auditActionSchema, auditEventInputSchema } from "./audit-event-input.ts";
export { AuditEventInvalidError, type AuditEventProblem } from "./audit-event-invalid-error.ts";
export { type AuditFilters, auditFiltersSchema } from "./audit-filters.ts";
export {
  type AuditEvent,
  auditEventHash,
  auditPayloadHash,
  GENESIS_HASH,
  type HashedAuditFields,
} from "./audit-hash.ts";
export { canonicalJson } from "./canonical-json.ts";
export { exportAuditEvents } from "./export-audit-events.ts";
export {
  AUDIT_PAGE_SIZE_MAX,
  type AuditEventPage,
  auditListQuerySchema,
  type ListAuditEventsOptions,
  listAuditEvents,
} from "./list-audit-events.ts";
export { type RecordedAuditEvent, recordAudit } from "./record-audit.ts";
export { type AuditChainBreak, type AuditChainReport, verifyAuditChain } from "./verify-audit-chain.ts";
