import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import embed, { type Result, type VisualizationSpec } from "vega-embed";
import { chartConfig } from "../artifacts/renderers/chart/chart-config.ts";
import { useThemeColors } from "../theme/use-theme-colors.ts";

/** The field a chart's marks drill on: its `drillDown` selection parameter, as the widgets declare it. */
export function drillFieldOf(spec: Record<string, unknown>): string | undefined {
  const find = (node: unknown): string | undefined => {
    if (!node || typeof node !== "object") return undefined;
    const value = node as { params?: unknown; layer?: unknown };
    if (Array.isArray(value.params)) {
      for (const param of value.params as { name?: string; select?: { fields?: string[] } }[]) {
        if (param.name === "drillDown" && param.select?.fields?.[0]) return param.select.fields[0];
      }
    }
    if (Array.isArray(value.layer)) {
      for (const layer of value.layer) {
        const field = find(layer);
        if (field) return field;
      }
    }
    return undefined;
  };
  return find(spec);
}

/**
 * Vega-Lite copies a layered chart's top-level selection into every layer, which Vega then refuses as a duplicate
 * signal (the hiring-pipeline chart does this); such a selection belongs to the first layer only.
 */
export function selectionOnFirstLayer(spec: Record<string, unknown>): Record<string, unknown> {
  const { params, layer } = spec as { params?: { select?: unknown }[]; layer?: Record<string, unknown>[] };
  if (!Array.isArray(params) || !Array.isArray(layer) || layer.length === 0) return spec;
  const selections = params.filter((param) => param.select !== undefined);
  if (selections.length === 0) return spec;
  const [first, ...rest] = layer;
  const firstParams = Array.isArray(first?.params) ? (first.params as unknown[]) : [];
  return {
    ...spec,
    params: params.filter((param) => param.select === undefined),
    layer: [{ ...first, params: [...firstParams, ...selections] }, ...rest],
  };
}

/** Whether a chart lists categories down its y axis (a row per project or stage), at any depth of its layers. */
function discreteY(node: unknown): boolean {
  if (!node || typeof node !== "object") return false;
  const { encoding, layer } = node as { encoding?: { y?: { type?: string } }; layer?: unknown[] };
  const type = encoding?.y?.type;
  if (type === "nominal" || type === "ordinal") return true;
  return Array.isArray(layer) && layer.some(discreteY);
}

/** A widget chart's size: a row of 18 px per category when the rows are categories, else 180 px high. */
function sized(spec: Record<string, unknown>): VisualizationSpec {
  const fixed = selectionOnFirstLayer(spec);
  if (fixed.height !== undefined) return fixed as VisualizationSpec;
  if (discreteY(fixed)) {
    return {
      ...fixed,
      height: { step: 18 },
      autosize: { type: "fit-x", contains: "padding" },
    } as VisualizationSpec;
  }
  return { ...fixed, height: 180 } as VisualizationSpec;
}

/**
 * One widget chart with vega-embed: SVG, the app's theme (light or dark), the expression interpreter so the CSP
 * needs no 'unsafe-eval', and a click on a mark handed to `onMark` with the mark's datum.
 */
export function DashboardChart({
  spec,
  width,
  onMark,
}: {
  spec: Record<string, unknown>;
  /** The widget's width in grid columns: the chart is drawn again when it changes. */
  width: number;
  onMark: (datum: Record<string, unknown>) => void;
}) {
  const { t } = useTranslation();
  const colors = useThemeColors();
  const container = useRef<HTMLDivElement>(null);
  const handler = useRef(onMark);
  handler.current = onMark;
  const [failure, setFailure] = useState<string | null>(null);
  const title = typeof spec.title === "string" ? spec.title : "";

  useEffect(() => {
    const element = container.current;
    if (!element || width < 1) return;
    let cancelled = false;
    let result: Result | null = null;
    setFailure(null);
    embed(element, sized(spec), {
      mode: "vega-lite",
      renderer: "svg",
      actions: false,
      ast: true,
      defaultStyle: false,
      tooltip: { theme: "penny", disableDefaultStyle: true },
      config: chartConfig(colors),
    })
      .then((embedded) => {
        if (cancelled) {
          embedded.finalize();
          return;
        }
        result = embedded;
        embedded.view.addEventListener("click", (_event, item) => {
          const datum = (item as { datum?: unknown } | null | undefined)?.datum;
          if (datum && typeof datum === "object") handler.current(datum as Record<string, unknown>);
        });
      })
      .catch(
        (error: unknown) => !cancelled && setFailure(error instanceof Error ? error.message : String(error)),
      );
    return () => {
      cancelled = true;
      result?.finalize();
    };
  }, [spec, colors, width]);

  return (
    <figure className="dashboard-chart" aria-label={title}>
      {failure && (
        <p className="form-error" role="alert">
          {t("artifacts.chartFailed", { reason: failure })}
        </p>
      )}
      <div className="dashboard-chart__canvas" ref={container} data-testid="dashboard-chart" />
    </figure>
  );
}
