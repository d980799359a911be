import type { UIMessage } from "ai";
import type { ArtifactRef } from "../artifacts/artifact-ref.ts";

/** What a `data-approval` part carries: the tool call waiting for a person's decision. */
export interface ApprovalRequest {
  approvalId: string;
  toolCallId: string;
  toolName: string;
  arguments: Record<string, unknown>;
  /** What the call will do, in the tool's words ("Create a Task in Jira project OPS at …"), when the tool says. */
  summary?: string;
  expiresAt: string;
}

/** What a `data-memory` part carries: a fact saved to or forgotten from the person's memory, or why not. */
export type MemoryNotice =
  | { action: "saved" | "forgotten"; id: string; content: string }
  | { action: "rejected"; content: string; reason: string };

/** What a `data-redaction` part carries: what the privacy filters took out, counted by kind, never the values. */
export interface RedactionNotice {
  direction: "input" | "output";
  redactions: { kind: string; count: number }[];
}

/** What a `data-tool-timing` part carries: how long a tool call ran and how it ended, for its card. */
export interface ToolTiming {
  toolCallId: string;
  durationMs: number;
  outcome: string;
}

/** The metadata Penny puts on an answer's `finish` chunk. */
export interface AnswerMetadata {
  status?: "succeeded" | "failed" | "waiting_approval";
  runId?: string;
}

/**
 * An AI SDK UI message with Penny's data parts (`data-artifact`, `data-approval`, `data-memory`, `data-redaction`,
 * `data-tool-timing`).
 */
export type PennyMessage = UIMessage<
  AnswerMetadata,
  {
    artifact: ArtifactRef;
    approval: ApprovalRequest;
    memory: MemoryNotice;
    redaction: RedactionNotice;
    "tool-timing": ToolTiming;
  }
>;

/** The text of a message's text parts, joined (what the person typed, or the answer's words). */
export function messageText(message: Pick<PennyMessage, "parts">): string {
  return message.parts
    .flatMap((part) => (part.type === "text" ? [part.text] : []))
    .join("\n\n")
    .trim();
}
