import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/use-format.ts";
import { ContentState } from "../content-state.tsx";
import { useArtifactText } from "../use-artifact-text.ts";
import { comparableText, lineDiff } from "./diff-lines.ts";

const SIGNS = { added: "+", removed: "−", unchanged: " " } as const;

/**
 * The line diff between two versions. Each changed line carries a visible + or − sign, is an <ins> or <del>, and
 * says "Added" or "Removed" to screen readers, so the marking never rests on colour alone.
 */
export function VersionDiff({
  artifactId,
  mime,
  from,
  to,
}: {
  artifactId: string;
  mime: string;
  from: number;
  to: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const before = useArtifactText({ id: artifactId, version: from });
  const after = useArtifactText({ id: artifactId, version: to });
  const lines = useMemo(() => {
    if (before.status !== "ready" || after.status !== "ready") return undefined;
    return lineDiff(comparableText(before.text, mime), comparableText(after.text, mime));
  }, [before, after, mime]);

  if (before.status === "error") return <ContentState state={before} />;
  if (after.status === "error") return <ContentState state={after} />;
  if (lines === undefined) {
    return (
      <p className="artifact-state" role="status">
        {t("artifactPanel.historyPanel.loadingDiff")}
      </p>
    );
  }
  if (lines === null) return <p className="artifact-state">{t("artifactPanel.historyPanel.noDiff")}</p>;
  const added = lines.filter((line) => line.type === "added").length;
  const removed = lines.filter((line) => line.type === "removed").length;
  if (added === 0 && removed === 0) {
    return <p className="artifact-state">{t("artifactPanel.historyPanel.same")}</p>;
  }
  const label = t("artifactPanel.historyPanel.diffLabel", { from, to });
  return (
    <figure className="version-diff">
      <figcaption className="version-diff__summary">
        {t("artifactPanel.historyPanel.summary", {
          added: format.number(added),
          removed: format.number(removed),
        })}
      </figcaption>
      <ol className="version-diff__lines" aria-label={label}>
        {lines.map((line, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: a diff line's place is its identity.
            key={index}
            className={`version-diff__line version-diff__line--${line.type}`}
            data-diff={line.type}
          >
            <span className="version-diff__sign" aria-hidden="true">
              {SIGNS[line.type]}
            </span>
            {line.type === "added" && (
              <ins>
                <span className="visually-hidden">{t("artifactPanel.historyPanel.added")}: </span>
                {line.text}
              </ins>
            )}
            {line.type === "removed" && (
              <del>
                <span className="visually-hidden">{t("artifactPanel.historyPanel.removed")}: </span>
                {line.text}
              </del>
            )}
            {line.type === "unchanged" && <span>{line.text}</span>}
          </li>
        ))}
      </ol>
    </figure>
  );
}
