import { schema, type Tx } from "@penny/db";
import { and, asc, eq, inArray, lt } from "drizzle-orm";
import { ChatError } from "../chat-error.ts";

const { approvals, runs, toolInvocations } = schema;

export async function insertApproval(
  tx: Tx,
  input: { tenantId: string; toolInvocationId: string; requestedFor: string; expiresAt: Date },
): Promise<{ id: string; expiresAt: Date }> {
  const [row] = await tx
    .insert(approvals)
    .values(input)
    .returning({ id: approvals.id, expiresAt: approvals.expiresAt });
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** A pending approval with its tool call and run, locked for the decision. */
export async function lockApproval(tx: Tx, approvalId: string) {
  const [row] = await tx
    .select({
      approval: approvals,
      invocation: toolInvocations,
      run: runs,
    })
    .from(approvals)
    .innerJoin(toolInvocations, eq(toolInvocations.id, approvals.toolInvocationId))
    .innerJoin(runs, eq(runs.id, toolInvocations.runId))
    .where(eq(approvals.id, approvalId))
    .for("update", { of: approvals });
  if (!row) throw new ChatError("PENNY_APPROVAL_NOT_FOUND", "No such approval.");
  return row;
}

/** Records a decision on a pending approval. */
export async function decideApprovalRow(
  tx: Tx,
  input: {
    approvalId: string;
    status: "approved" | "denied" | "expired";
    decidedBy: string | null;
    reason?: string | null;
    editedArguments?: unknown;
  },
): Promise<void> {
  await tx
    .update(approvals)
    .set({
      status: input.status,
      decidedBy: input.decidedBy,
      decidedAt: new Date(),
      reason: input.reason ?? null,
      editedArguments: input.editedArguments ?? null,
    })
    .where(and(eq(approvals.id, input.approvalId), eq(approvals.status, "pending")));
}

/** Pending approvals of a run (a stop expires them all). */
export async function pendingApprovalsOfRun(tx: Tx, runId: string) {
  return tx
    .select({ approval: approvals, invocation: toolInvocations })
    .from(approvals)
    .innerJoin(toolInvocations, eq(toolInvocations.id, approvals.toolInvocationId))
    .where(and(eq(toolInvocations.runId, runId), eq(approvals.status, "pending")));
}

/** Pending approvals past their expiry, across tenants (the caller runs this as the platform). */
export async function overdueApprovals(tx: Tx, now: Date, limit: number) {
  return tx
    .select({ id: approvals.id, tenantId: approvals.tenantId })
    .from(approvals)
    .where(and(eq(approvals.status, "pending"), lt(approvals.expiresAt, now)))
    .limit(limit);
}

/** The run's calls whose approval was decided (approved, denied or expired) but which have not been carried out. */
export async function decidedCallsOfRun(tx: Tx, runId: string) {
  return tx
    .select({ approval: approvals, invocation: toolInvocations })
    .from(approvals)
    .innerJoin(toolInvocations, eq(toolInvocations.id, approvals.toolInvocationId))
    .where(
      and(
        eq(toolInvocations.runId, runId),
        eq(toolInvocations.status, "waiting_approval"),
        inArray(approvals.status, ["approved", "denied", "expired"]),
      ),
    )
    .orderBy(asc(toolInvocations.createdAt));
}
