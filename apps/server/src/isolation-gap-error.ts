import type { RlsGap } from "@penny/db";

/** The database lacks part of Penny's row-level security; serving from it could leak data between tenants. */
export class IsolationGapError extends Error {
  override readonly name = "IsolationGapError";
  readonly code = "PENNY_ISOLATION_GAP";
  constructor(readonly gaps: RlsGap[]) {
    super(
      `Penny will not serve from this database because tenant isolation is incomplete:\n${gaps
        .map((gap) => `  - table ${gap.table} ${gap.problem}`)
        .join("\n")}`,
    );
  }
}
