import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Markdown } from "../../../markdown/markdown.tsx";
import type { ArtifactRendererProps } from "../../artifact-renderer.ts";
import { ContentState } from "../../content-state.tsx";
import { useArtifactText } from "../../use-artifact-text.ts";
import { CellOutput } from "./cell-output.tsx";
import { joinText, type NotebookCell, parseNotebook } from "./notebook-format.ts";
import "./notebook.css";

function Cell({ cell, number, language }: { cell: NotebookCell; number: number; language: string | null }) {
  const { t } = useTranslation();
  const source = joinText(cell.source);
  if (cell.cell_type === "markdown") {
    return (
      <article
        className="notebook-cell notebook-cell--markdown"
        aria-label={t("notebookViewer.markdownCell", { number })}
      >
        <Markdown text={source} />
      </article>
    );
  }
  if (cell.cell_type !== "code") {
    return (
      <article
        className="notebook-cell notebook-cell--raw"
        aria-label={t("notebookViewer.rawCell", { number })}
      >
        <pre className="notebook-cell__source">{source}</pre>
      </article>
    );
  }
  const outputs = cell.outputs ?? [];
  return (
    <article
      className="notebook-cell notebook-cell--code"
      aria-label={t("notebookViewer.codeCell", { number })}
    >
      <div className="notebook-cell__input">
        <span className="notebook-cell__prompt">
          {typeof cell.execution_count === "number"
            ? t("notebookViewer.input", { count: cell.execution_count })
            : t("notebookViewer.inputNotRun")}
        </span>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
        <pre className="notebook-cell__source" tabIndex={0}>
          <code className={language ? `language-${language}` : undefined}>{source}</code>
        </pre>
      </div>
      {outputs.length > 0 && (
        <div className="notebook-cell__outputs">
          {outputs.map((output, index) => (
            // Outputs have no identity of their own; their order in a stored version never changes.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <CellOutput key={index} output={output} cellNumber={number} />
          ))}
        </div>
      )}
    </article>
  );
}

/**
 * A Jupyter notebook, read-only: markdown cells through the app's safe Markdown, code cells with their execution
 * count and outputs. HTML and SVG outputs only ever appear inside fully sandboxed frames.
 */
export default function NotebookRenderer({ artifact }: ArtifactRendererProps) {
  const { t } = useTranslation();
  const content = useArtifactText(artifact);
  const notebook = useMemo(
    () => (content.status === "ready" ? parseNotebook(content.text) : null),
    [content],
  );
  if (content.status !== "ready") return <ContentState state={content} />;
  if (!notebook) {
    return (
      <p className="artifact-state form-error" role="alert">
        {t("notebookViewer.unreadable")}
      </p>
    );
  }
  if (notebook.cells.length === 0) return <p className="artifact-state">{t("notebookViewer.empty")}</p>;
  return (
    <div className="notebook">
      {notebook.cells.map((cell, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: cells of a stored version never move.
        <Cell key={index} cell={cell} number={index + 1} language={notebook.language} />
      ))}
    </div>
  );
}
