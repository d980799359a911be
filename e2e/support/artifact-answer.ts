import { schema } from "@penny/db";
import { eq } from "drizzle-orm";
import type { PennyServer } from "./penny-server.ts";

/** What an answer's `data-artifact` part names: one version of an artifact. */
export interface NamedArtifact {
  id: string;
  version: number;
  kind: string;
  title: string;
  mime: string;
}

/**
 * Stores a question and an answer naming `artifacts` in the demo admin's conversation, the way a tool's result is
 * stored (`data-artifact` parts), and makes that answer the active one, so the workbench lists them in its panel.
 * No API writes such an answer directly: only a run does.
 */
export async function storeAnswerNaming(
  server: PennyServer,
  conversationId: string,
  artifacts: NamedArtifact[],
): Promise<void> {
  const { database, acme, users } = server.testApp;
  await database.withTenant(acme.id, async (tx) => {
    const [question] = await tx
      .insert(schema.messages)
      .values({
        tenantId: acme.id,
        conversationId,
        parentId: null,
        role: "user",
        parts: [{ type: "text", text: "Show me the files." }],
        authorId: users.admin.id,
      })
      .returning({ id: schema.messages.id });
    const [answer] = await tx
      .insert(schema.messages)
      .values({
        tenantId: acme.id,
        conversationId,
        parentId: question?.id ?? null,
        role: "assistant",
        parts: [
          { type: "text", text: "Here they are." },
          ...artifacts.map((artifact) => ({
            type: "data-artifact",
            id: `${artifact.id}@${artifact.version}`,
            data: {
              id: artifact.id,
              version: artifact.version,
              kind: artifact.kind,
              title: artifact.title,
              mime: artifact.mime,
            },
          })),
        ],
      })
      .returning({ id: schema.messages.id });
    await tx
      .update(schema.conversations)
      .set({ activeLeafId: answer?.id ?? null })
      .where(eq(schema.conversations.id, conversationId));
  });
}
