import { type CSSProperties, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { CopyButton } from "../../../markdown/copy-button.tsx";
import { highlightCode, languageLabel } from "./highlight-code.ts";
import { HighlightedLines } from "./highlighted-lines.tsx";
import "./code.css";

/** Highlighted code with line numbers, a copy button and a wrap toggle. */
export function CodeView({ source, language }: { source: string; language?: string }) {
  const { t } = useTranslation();
  const [wrap, setWrap] = useState(false);
  const highlighted = useMemo(() => highlightCode(source, language), [source, language]);
  const gutter = { "--code-gutter": `${String(highlighted.lines.length).length + 1}ch` } as CSSProperties;
  return (
    <div className="code-view">
      <div className="code-view__bar" role="toolbar" aria-label={t("artifactViewers.code.toolbar")}>
        <span className="code-view__language">
          {highlighted.language ? languageLabel(highlighted.language) : t("artifactViewers.code.plain")}
          {" · "}
          {t("artifactViewers.code.lines", { count: highlighted.lines.length })}
        </span>
        <label className="code-view__wrap">
          <input type="checkbox" checked={wrap} onChange={(event) => setWrap(event.target.checked)} />
          {t("artifactViewers.code.wrap")}
        </label>
        <CopyButton text={source} label={t("artifactViewers.code.copy")} />
      </div>
      <pre
        className={wrap ? "code-view__code code-view__code--wrap hljs" : "code-view__code hljs"}
        style={gutter}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
        tabIndex={0}
      >
        <HighlightedLines lines={highlighted.lines} numbered />
      </pre>
    </div>
  );
}
