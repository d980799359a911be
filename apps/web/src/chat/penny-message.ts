import type { UIMessage } from "ai";
import type { ArtifactRef } from "../artifacts/artifact-ref.ts";

/** What a `data-approval` part carries: the tool call waiting for a person's decision. */
export interface ApprovalRequest {
  approvalId: string;
  toolCallId: string;
  toolName: string;
  arguments: Record<string, unknown>;
  expiresAt: string;
}

/** The metadata Penny puts on an answer's `finish` chunk. */
export interface AnswerMetadata {
  status?: "succeeded" | "failed" | "waiting_approval";
  runId?: string;
}

/** An AI SDK UI message with Penny's data parts (`data-artifact`, `data-approval`). */
export type PennyMessage = UIMessage<AnswerMetadata, { artifact: ArtifactRef; approval: ApprovalRequest }>;

/** The text of a message's text parts, joined (what the person typed, or the answer's words). */
export function messageText(message: Pick<PennyMessage, "parts">): string {
  return message.parts
    .flatMap((part) => (part.type === "text" ? [part.text] : []))
    .join("\n\n")
    .trim();
}
