import { z } from "zod";

/** Where a version came from, as the caller states it; `parents` are ids of artifacts in the same tenant. */
export const artifactLineageInputSchema = z.strictObject({
  conversationId: z.uuid().optional(),
  messageId: z.uuid().optional(),
  runId: z.uuid().optional(),
  toolInvocationId: z.string().min(1).max(200).optional(),
  toolName: z.string().min(1).max(200).optional(),
  parents: z.array(z.uuid()).max(100).optional(),
  /** The person who saved this version (absent for what tools and jobs make on someone's behalf). */
  createdBy: z.uuid().optional(),
});

export type ArtifactLineageInput = z.input<typeof artifactLineageInputSchema>;

/** Lineage as stored and shown: every field present, null when unknown. */
export const artifactLineageSchema = z.object({
  conversationId: z.string().nullable(),
  messageId: z.string().nullable(),
  runId: z.string().nullable(),
  toolInvocationId: z.string().nullable(),
  toolName: z.string().nullable(),
  parents: z.array(z.string()),
  createdBy: z.string().nullable(),
});

export type ArtifactLineage = z.infer<typeof artifactLineageSchema>;

/** The stored form of `input`: absent fields become null and parents are deduplicated. */
export function completeLineage(input: z.output<typeof artifactLineageInputSchema>): ArtifactLineage {
  return {
    conversationId: input.conversationId ?? null,
    messageId: input.messageId ?? null,
    runId: input.runId ?? null,
    toolInvocationId: input.toolInvocationId ?? null,
    toolName: input.toolName ?? null,
    parents: [...new Set(input.parents ?? [])],
    createdBy: input.createdBy ?? null,
  };
}

/** Reads lineage back from its jsonb column, tolerating rows written before a field existed. */
export function readLineage(stored: Record<string, unknown>): ArtifactLineage {
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  return {
    conversationId: text(stored.conversationId),
    messageId: text(stored.messageId),
    runId: text(stored.runId),
    toolInvocationId: text(stored.toolInvocationId),
    toolName: text(stored.toolName),
    parents: Array.isArray(stored.parents) ? stored.parents.filter((id) => typeof id === "string") : [],
    createdBy: text(stored.createdBy),
  };
}
