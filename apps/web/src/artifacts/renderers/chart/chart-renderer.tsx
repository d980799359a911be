import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import embed, { type Result, type VisualizationSpec } from "vega-embed";
import { Icon } from "../../../app/icons.tsx";
import { useThemeColors } from "../../../theme/use-theme-colors.ts";
import type { ArtifactRendererProps } from "../../artifact-renderer.ts";
import { ContentState } from "../../content-state.tsx";
import { type Cell, DataTable } from "../../data-table.tsx";
import { useArtifactText } from "../../use-artifact-text.ts";
import { chartConfig } from "./chart-config.ts";

/** The inline rows of a spec (`data.values`), for the data table under the chart. */
function inlineRows(spec: VisualizationSpec): { columns: string[]; rows: Cell[][] } | null {
  const values = (spec as { data?: { values?: unknown } }).data?.values;
  if (!Array.isArray(values) || values.length === 0) return null;
  const columns = [
    ...new Set(values.flatMap((row) => (row && typeof row === "object" ? Object.keys(row) : []))),
  ];
  const rows = values.map((row) =>
    columns.map((column) => {
      const value = (row as Record<string, unknown>)[column];
      return typeof value === "number" || typeof value === "string" ? value : null;
    }),
  );
  return { columns, rows };
}

function download(url: string, filename: string) {
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
}

/**
 * A Vega-Lite chart, interactive, in the app's theme. Vega runs with its expression interpreter (`ast: true`), so
 * the page's CSP needs no 'unsafe-eval'; vega-embed's own styles and action menu are off (they would inject <style>).
 */
export default function ChartRenderer({ artifact }: ArtifactRendererProps) {
  const { t } = useTranslation();
  const content = useArtifactText(artifact);
  const colors = useThemeColors();
  const container = useRef<HTMLDivElement>(null);
  const result = useRef<Result | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const spec = useMemo(() => {
    if (content.status !== "ready") return null;
    try {
      return JSON.parse(content.text) as VisualizationSpec;
    } catch {
      return null;
    }
  }, [content]);

  useEffect(() => {
    const element = container.current;
    if (!spec || !element) return;
    let cancelled = false;
    setFailure(null);
    // The panel's header already shows the title in full; inside a narrow chart Vega would clip it.
    const { title: _title, ...untitled } = spec as VisualizationSpec & { title?: unknown };
    embed(element, untitled as VisualizationSpec, {
      mode: "vega-lite",
      renderer: "svg",
      actions: false,
      ast: true,
      defaultStyle: false,
      tooltip: { theme: "penny", disableDefaultStyle: true },
      config: chartConfig(colors),
    })
      .then((embedded) => {
        if (cancelled) embedded.finalize();
        else result.current = embedded;
      })
      .catch(
        (error: unknown) => !cancelled && setFailure(error instanceof Error ? error.message : String(error)),
      );
    return () => {
      cancelled = true;
      result.current?.finalize();
      result.current = null;
    };
  }, [spec, colors]);

  const data = useMemo(() => (spec ? inlineRows(spec) : null), [spec]);

  if (content.status !== "ready") return <ContentState state={content} />;
  if (!spec) {
    return (
      <p className="artifact-state form-error" role="alert">
        {t("artifacts.chartUnreadable")}
      </p>
    );
  }
  const exportAs = async (type: "svg" | "png") => {
    const view = result.current?.view;
    if (view) download(await view.toImageURL(type, type === "png" ? 2 : 1), `${artifact.title}.${type}`);
  };

  return (
    <div className="chart-artifact">
      <div className="chart-artifact__tools">
        <button
          type="button"
          className="button button--ghost button--small"
          aria-label={t("artifacts.downloadAs", { format: "SVG" })}
          onClick={() => void exportAs("svg")}
        >
          <Icon name="download" size={14} />
          SVG
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          aria-label={t("artifacts.downloadAs", { format: "PNG" })}
          onClick={() => void exportAs("png")}
        >
          <Icon name="download" size={14} />
          PNG
        </button>
      </div>
      {failure && (
        <p className="artifact-state form-error" role="alert">
          {t("artifacts.chartFailed", { reason: failure })}
        </p>
      )}
      <figure className="chart-artifact__figure" aria-label={artifact.title}>
        <div className="chart-artifact__canvas" ref={container} data-testid="chart" />
      </figure>
      {data && (
        <details className="chart-artifact__data">
          <summary>{t("artifacts.showData", { count: data.rows.length })}</summary>
          <DataTable columns={data.columns} rows={data.rows} caption={artifact.title} />
        </details>
      )}
    </div>
  );
}
