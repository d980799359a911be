import { type DynamicToolUIPart, getToolName, type ToolUIPart } from "ai";
import { useTranslation } from "react-i18next";
import { Icon } from "../app/icons.tsx";
import { ApprovalRequest } from "./approval-request.tsx";
import type { ApprovalRequest as Request } from "./penny-message.ts";
import { ToolArguments } from "./tool-arguments.tsx";
import { toolLabel } from "./tool-names.ts";

type ToolPart = ToolUIPart | DynamicToolUIPart;

const statusTone: Record<ToolPart["state"], "busy" | "done" | "failed" | "waiting"> = {
  "input-streaming": "busy",
  "input-available": "busy",
  "approval-requested": "waiting",
  "approval-responded": "busy",
  "output-available": "done",
  "output-error": "failed",
  "output-denied": "failed",
};

/** The one-line result a tool reported (Penny's tools return `{ summary }`). */
function summaryOf(output: unknown): string | undefined {
  if (output && typeof output === "object" && "summary" in output) {
    const summary = (output as { summary?: unknown }).summary;
    return typeof summary === "string" ? summary : undefined;
  }
  return undefined;
}

/** A duration in the reader's language: "340 ms" under a second, "2.4 s" above. */
function formatDuration(durationMs: number, language: string): string {
  if (durationMs < 1000) {
    return new Intl.NumberFormat(language, {
      style: "unit",
      unit: "millisecond",
      unitDisplay: "short",
    }).format(durationMs);
  }
  return new Intl.NumberFormat(language, {
    style: "unit",
    unit: "second",
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(durationMs / 1000);
}

/**
 * A tool call as a card: which tool, its status, how long it ran, the result's summary; the arguments (and errors) on demand. A call
 * waiting for approval shows the decision controls instead.
 */
export function ToolCard(props: {
  part: ToolPart;
  approval: Request | undefined;
  /** How long the call ran, once the server has reported it (`data-tool-timing`). */
  durationMs?: number | undefined;
  deciding: boolean;
  onDecide: (decision: { approved: boolean; editedArguments?: Record<string, unknown> }) => void;
}) {
  const { part, approval, durationMs, deciding, onDecide } = props;
  const { t, i18n } = useTranslation();
  const name = getToolName(part);
  const tone = statusTone[part.state];
  const summary = part.state === "output-available" ? summaryOf(part.output) : undefined;
  const status =
    part.state === "approval-responded"
      ? part.approval?.approved
        ? t("tools.status.approved")
        : t("tools.status.denied")
      : t(`tools.status.${part.state}`);

  return (
    <article
      className={`tool-card tool-card--${tone}`}
      aria-label={t("tools.cardLabel", { tool: toolLabel(t, name) })}
    >
      <header className="tool-card__header">
        <span className="tool-card__icon">
          <Icon name="tool" size={16} />
        </span>
        <span className="tool-card__name">
          {toolLabel(t, name)} <code className="tool-card__id">{name}</code>
        </span>
        <span className={`badge badge--${tone}`}>
          {tone === "busy" && <span className="spinner" aria-hidden="true" />}
          {status}
        </span>
        {durationMs !== undefined && (
          <span className="tool-card__duration">
            <span className="visually-hidden">{t("tools.duration")} </span>
            {formatDuration(durationMs, i18n.language)}
          </span>
        )}
      </header>
      {summary && <p className="tool-card__summary">{summary}</p>}
      {part.state === "output-error" && <p className="tool-card__error">{part.errorText}</p>}
      {part.state === "output-denied" && part.approval?.reason && (
        <p className="tool-card__error">{part.approval.reason}</p>
      )}
      {part.state === "approval-requested" ? (
        <>
          <ToolArguments value={approval?.arguments ?? part.input} />
          <ApprovalRequest request={approval} input={part.input} disabled={deciding} onDecide={onDecide} />
        </>
      ) : (
        part.input !== undefined && (
          <details className="tool-card__details">
            <summary>{t("tools.arguments")}</summary>
            <ToolArguments value={part.input} />
          </details>
        )
      )}
    </article>
  );
}
