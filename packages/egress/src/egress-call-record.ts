import type { EgressErrorCode } from "./errors/egress-error.ts";

/** How one hop ended: "ok" for any HTTP status (a 404 is still a completed call), else the error's code. */
export type EgressOutcome = "ok" | EgressErrorCode;

/** One outbound hop, handed to the caller's `onCall` (the server writes it to the audit log). Never holds bodies. */
export interface EgressCallRecord {
  tenantId: string;
  host: string;
  method: string;
  /** The address the connection went to (after the check), when it got that far. */
  address: string | null;
  status: number | null;
  /** Response body bytes received (up to the cap). */
  bytes: number;
  durationMs: number;
  outcome: EgressOutcome;
  /** 0 for the first request, 1 for the first redirect, … */
  hop: number;
}
