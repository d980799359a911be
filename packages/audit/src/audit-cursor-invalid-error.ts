/** A page cursor that this package did not hand out (edited, truncated or from another API). */
export class AuditCursorInvalidError extends Error {
  override readonly name = "AuditCursorInvalidError";
  readonly code = "PENNY_AUDIT_CURSOR_INVALID";
  constructor(readonly cursor: string) {
    super("The audit page cursor is not valid; start again from the first page.");
  }
}
