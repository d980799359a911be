import { type BlobStore, createArtifact, getArtifact, readArtifactContent } from "@penny/artifacts";
import type { ChatToolbox } from "@penny/chat";
import type { Database } from "@penny/db";
import type { PythonSandbox } from "@penny/sandbox";
import type { ToolRegistry, ToolRouter } from "@penny/tools";

/** How long a tool may take to say what a call would do before the approval is shown without it. */
const describeTimeoutMs = 5_000;

/**
 * The chat's view of the tool system: the router checks and runs calls; what tools make is stored as artifacts with
 * the call's lineage (conversation, answer message, run, tool invocation).
 */
export function createToolbox(options: {
  database: Database;
  registry: ToolRegistry;
  router: ToolRouter;
  blobStore: BlobStore;
  now: () => Date;
  /** Runs run_python_job; without it that tool fails with a clear message. */
  pythonSandbox?: PythonSandbox;
}): ChatToolbox {
  const { database, registry, router, blobStore } = options;
  return {
    available: (caller, tx) => router.available(caller, tx),
    authorize: async (input) => {
      const checked = await router.authorize({
        caller: input.caller,
        name: input.name,
        arguments: input.arguments,
        toolsAllowed: input.toolsAllowed,
      });
      return { arguments: checked.arguments, needsApproval: checked.needsApproval };
    },
    describe: async ({ caller, name, arguments: args, signal }) => {
      const tool = registry.get(name);
      if (!tool?.describeCall) return undefined;
      // A summary that cannot be made quickly is left out; the person still sees the arguments.
      const limited = AbortSignal.any([signal, AbortSignal.timeout(describeTimeoutMs)]);
      try {
        const summary = await tool.describeCall(args, {
          tenantId: caller.tenantId,
          userId: caller.userId,
          database,
          signal: limited,
        });
        return summary.trim() || undefined;
      } catch {
        return undefined;
      }
    },
    execute: async ({ caller, name, arguments: args, signal, lineage }) => {
      const tool = registry.get(name);
      if (!tool) return { outcome: "failed", error: `No tool named ${name}.`, durationMs: 0 };
      const execution = await router.execute(
        { tool, arguments: args, needsApproval: false },
        {
          tenantId: caller.tenantId,
          userId: caller.userId,
          database,
          now: options.now(),
          ...(options.pythonSandbox ? { pythonSandbox: options.pythonSandbox } : {}),
          readArtifact: async (id) => {
            const artifact = await getArtifact({ database, tenantId: caller.tenantId, artifactId: id });
            const content = await readArtifactContent({
              database,
              blobStore,
              tenantId: caller.tenantId,
              artifactId: id,
              version: artifact.version,
            });
            return { id, title: artifact.title, mime: content.mime, bytes: content.bytes };
          },
          createArtifact: async (draft) => {
            const created = await createArtifact({
              database,
              blobStore,
              tenantId: caller.tenantId,
              conversationId: lineage.conversationId,
              kind: draft.kind as never,
              title: draft.title,
              mime: draft.mime,
              content: typeof draft.content === "string" ? draft.content : new Uint8Array(draft.content),
              lineage: { ...lineage, parents: draft.parents ?? [] },
            });
            return {
              id: created.id,
              version: created.version,
              kind: created.kind,
              title: created.title,
              mime: created.mime,
            };
          },
        },
        { signal },
      );
      return execution;
    },
  };
}
