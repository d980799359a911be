/** One thing wrong with an audit event: where (`actor.id`, `data.note`) and what. */
export interface AuditEventProblem {
  path: string;
  message: string;
}

/** An event handed to `recordAudit` is malformed: a bug in the caller, so nothing was written. */
export class AuditEventInvalidError extends Error {
  override readonly name = "AuditEventInvalidError";
  readonly code = "PENNY_AUDIT_EVENT_INVALID";
  constructor(readonly problems: AuditEventProblem[]) {
    super(
      `The audit event is invalid: ${problems.map((problem) => `${problem.path} ${problem.message}`).join("; ")}`,
    );
  }
}
