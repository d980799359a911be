import { isToolUIPart } from "ai";
import { useTranslation } from "react-i18next";
import type { ArtifactRef } from "../artifacts/artifact-ref.ts";
import { MessagePassagesContext } from "../knowledge/citation-context.tsx";
import { citedPassages, linkCitations } from "../knowledge/citations.ts";
import { SourcesList } from "../knowledge/sources-list.tsx";
import { Markdown } from "../markdown/markdown.tsx";
import { ArtifactChip } from "./artifact-chip.tsx";
import { MemoryNote, RedactionNote } from "./chat-notes.tsx";
import type { ApprovalRequest, PennyMessage } from "./penny-message.ts";
import { ToolCard } from "./tool-card.tsx";

/**
 * An answer's parts in order: text, reasoning, tool cards, artifacts, sources and Penny's notes (memory, privacy).
 * Without onDecide (a read-only view such as the comparison) approval cards show their state but cannot be decided.
 */
export function MessageParts(props: {
  message: PennyMessage;
  busy: boolean;
  onOpenArtifact: (artifact: ArtifactRef) => void;
  onDecide?: (
    approvalId: string,
    decision: { approved: boolean; editedArguments?: Record<string, unknown> },
  ) => void;
}) {
  const { message, busy, onDecide } = props;
  const { t } = useTranslation();
  const approvals = new Map<string, ApprovalRequest>();
  const durations = new Map<string, number>();
  for (const part of message.parts) {
    if (part.type === "data-approval") approvals.set(part.data.toolCallId, part.data);
    if (part.type === "data-tool-timing") durations.set(part.data.toolCallId, part.data.durationMs);
  }
  // An answer from search_documents: its [n] markers become citation chips, its sources are listed under it.
  const passages = citedPassages(message);
  const parts = message.parts.map((part, index) => {
    const key = `${message.id}-${index}`;
    if (part.type === "text") return <Markdown key={key} text={linkCitations(part.text, passages)} />;
    if (part.type === "reasoning") {
      return (
        <details key={key} className="message__reasoning">
          <summary>{t("chat.reasoning")}</summary>
          <Markdown text={part.text} />
        </details>
      );
    }
    if (isToolUIPart(part)) {
      return (
        <ToolCard
          key={part.toolCallId}
          part={part}
          approval={approvals.get(part.toolCallId)}
          durationMs={durations.get(part.toolCallId)}
          deciding={busy || !onDecide}
          onDecide={(decision) => part.approval && onDecide?.(part.approval.id, decision)}
        />
      );
    }
    if (part.type === "data-artifact" && part.data.kind === "dashboard") {
      return (
        <div key={key} className="dashboard-chip">
          <ArtifactChip artifact={part.data} onOpen={props.onOpenArtifact} />
          <a
            className="button button--secondary button--small"
            data-dashboard-link=""
            href={`/d/artifact/${part.data.id}?version=${part.data.version}`}
          >
            {t("dashboards.open")}
          </a>
        </div>
      );
    }
    if (part.type === "data-artifact") {
      return <ArtifactChip key={key} artifact={part.data} onOpen={props.onOpenArtifact} />;
    }
    if (part.type === "data-memory") return <MemoryNote key={key} notice={part.data} />;
    if (part.type === "data-redaction") return <RedactionNote key={key} notice={part.data} />;
    if (part.type === "source-url") {
      return (
        <a key={key} className="message__source" href={part.url} target="_blank" rel="noopener noreferrer">
          {part.title ?? part.url}
        </a>
      );
    }
    return null;
  });
  if (passages.length === 0) return parts;
  return (
    <MessagePassagesContext.Provider value={passages}>
      {parts}
      <SourcesList passages={passages} />
    </MessagePassagesContext.Provider>
  );
}
