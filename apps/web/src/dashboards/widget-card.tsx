import { type KeyboardEvent, type PointerEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Placement, WidgetResult } from "./dashboard-api.ts";
import { DashboardChart, drillFieldOf } from "./dashboard-chart.tsx";
import { KpiTile } from "./kpi-tile.tsx";
import { useDashboardFormat } from "./use-dashboard-format.ts";
import { WidgetTable } from "./widget-table.tsx";
import { type DrillDown, detailColumns, widgetDrillDowns, widgetView } from "./widget-views.ts";

type Row = Record<string, unknown>;

export type WidgetState =
  | { status: "loading" }
  | { status: "ready"; result: WidgetResult }
  | { status: "error"; message: string };

/** A drag in progress: which handle, where the pointer started. */
export interface DragStart {
  mode: "move" | "resize";
  clientX: number;
  clientY: number;
}

interface Props {
  widgetId: string;
  title: string;
  kind: string;
  state: WidgetState;
  placement: Placement;
  editing: boolean;
  onRetry: () => void;
  onFilter: (filter: "businessUnitId" | "projectId", id: string, name: string) => void;
  onNudge: (change: Partial<Record<"x" | "y" | "w" | "h", number>>) => void;
  onDragStart: (start: DragStart) => void;
  onDragMove: (event: PointerEvent) => void;
  onDragEnd: () => void;
}

/** Arrow keys on a handle: move (or resize) by one cell. */
function arrowChange(event: KeyboardEvent, mode: "move" | "resize") {
  const step = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[event.key];
  if (!step) return null;
  const [dx = 0, dy = 0] = step;
  return mode === "move" ? { x: dx, y: dy } : { w: dx, h: dy };
}

/** One tile of the dashboard: its figures, charts and tables, a detail drill-down, and its layout handles. */
export function WidgetCard(props: Props) {
  const { widgetId, title, kind, state, placement, editing } = props;
  const { t } = useTranslation();
  const { format } = useDashboardFormat();
  const [detail, setDetail] = useState<{ rows: string; matchOn: string; value: string } | null>(null);
  const drills = widgetDrillDowns[kind] ?? [];
  const result = state.status === "ready" ? state.result : null;
  const view = useMemo(() => (result ? widgetView(kind, result.data) : null), [kind, result]);
  const data = (result?.data ?? {}) as Row;

  const applyDrill = (drill: DrillDown, row: Row) => {
    const value = row[drill.field];
    if (typeof value !== "string") return;
    if (drill.target.kind === "filter") {
      const nameField = drill.field === "projectId" ? "project" : "businessUnit";
      props.onFilter(drill.target.filter, value, String(row[nameField] ?? value));
    } else {
      setDetail({ rows: drill.target.rows, matchOn: drill.target.matchOn, value });
    }
  };

  const onMark = (field: string | undefined) => (datum: Row) => {
    const drill = drills.find(
      (candidate) => candidate.field === field && datum[candidate.field] !== undefined,
    );
    if (drill) applyDrill(drill, datum);
  };

  const detailRows = detail
    ? (Array.isArray(data[detail.rows]) ? (data[detail.rows] as Row[]) : []).filter(
        (row) => row[detail.matchOn] === detail.value,
      )
    : [];
  const detailFilter = drills.find((drill) => drill.target.kind === "filter");
  const headingId = `widget-${widgetId}-title`;
  const handle = (mode: "move" | "resize") => ({
    onPointerDown: (event: PointerEvent<HTMLButtonElement>) => {
      event.currentTarget.setPointerCapture(event.pointerId);
      props.onDragStart({ mode, clientX: event.clientX, clientY: event.clientY });
    },
    onPointerMove: (event: PointerEvent<HTMLButtonElement>) => {
      if (event.currentTarget.hasPointerCapture(event.pointerId)) props.onDragMove(event);
    },
    onPointerUp: () => props.onDragEnd(),
    onPointerCancel: () => props.onDragEnd(),
    onKeyDown: (event: KeyboardEvent) => {
      const change = arrowChange(event, mode);
      if (change) {
        event.preventDefault();
        props.onNudge(change);
      }
    },
  });

  return (
    <section
      className="widget-card"
      aria-labelledby={headingId}
      data-widget={widgetId}
      aria-busy={state.status === "loading"}
    >
      <header className="widget-card__header">
        <h2 id={headingId} className="widget-card__title">
          {title}
        </h2>
        {editing && (
          <button
            type="button"
            className="widget-card__handle"
            aria-label={t("dashboards.layout.dragHandle", { title })}
            aria-describedby={`${headingId}-position`}
            {...handle("move")}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
      </header>
      {editing && (
        <fieldset className="widget-card__layout">
          <legend className="visually-hidden">{t("dashboards.layout.controls", { title })}</legend>
          <p id={`${headingId}-position`} className="widget-card__position">
            {t("dashboards.layout.position", {
              x: placement.x + 1,
              y: placement.y + 1,
              w: placement.w,
              h: placement.h,
            })}
          </p>
          {(
            [
              ["moveLeft", "←", { x: -1 }],
              ["moveRight", "→", { x: 1 }],
              ["moveUp", "↑", { y: -1 }],
              ["moveDown", "↓", { y: 1 }],
              ["narrower", "⇤", { w: -1 }],
              ["wider", "⇥", { w: 1 }],
              ["shorter", "⤒", { h: -1 }],
              ["taller", "⤓", { h: 1 }],
            ] as const
          ).map(([name, symbol, change]) => (
            <button
              key={name}
              type="button"
              className="button button--ghost button--small widget-card__nudge"
              aria-label={t(`dashboards.layout.${name}`, { title })}
              title={t(`dashboards.layout.${name}`, { title })}
              onClick={() => props.onNudge(change)}
            >
              <span aria-hidden="true">{symbol}</span>
            </button>
          ))}
        </fieldset>
      )}
      <div className="widget-card__body">
        {state.status === "loading" && (
          <p className="widget-card__state" role="status">
            <span className="spinner" aria-hidden="true" /> {t("dashboards.loadingWidget", { title })}
          </p>
        )}
        {state.status === "error" && (
          <div className="widget-card__state" role="alert">
            <p className="form-error">{t("dashboards.widgetFailed", { reason: state.message })}</p>
            <button type="button" className="button button--secondary button--small" onClick={props.onRetry}>
              {t("dashboards.retry")}
            </button>
          </div>
        )}
        {result && view?.empty && <p className="widget-card__state">{t("dashboards.empty")}</p>}
        {result && view && !view.empty && (
          <>
            {view.kpis.length > 0 && (
              <div className="kpi-row">
                {view.kpis.map((kpi) => (
                  <KpiTile key={kpi.key} kpi={kpi} />
                ))}
              </div>
            )}
            {result.charts.length > 0 && (
              <div className="widget-card__charts">
                {result.charts.map((spec, index) => (
                  <DashboardChart
                    // biome-ignore lint/suspicious/noArrayIndexKey: a widget's charts keep their order
                    key={index}
                    spec={spec}
                    width={placement.w}
                    onMark={onMark(drillFieldOf(spec))}
                  />
                ))}
              </div>
            )}
            {detail && (
              <section
                className="widget-detail"
                aria-label={t("dashboards.drill.detailTitle", { title, value: format(detail.value, "text") })}
              >
                <div className="widget-detail__header">
                  <h3>{t("dashboards.drill.detailTitle", { title, value: format(detail.value, "text") })}</h3>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => setDetail(null)}
                  >
                    {t("dashboards.drill.close")}
                  </button>
                </div>
                {detailRows.length === 0 ? (
                  <p className="widget-card__state">{t("dashboards.empty")}</p>
                ) : (
                  <WidgetTable
                    caption={t("dashboards.drill.detailTitle", {
                      title,
                      value: format(detail.value, "text"),
                    })}
                    rows={detailRows}
                    columns={detailColumns[kind]?.[detail.rows] ?? []}
                    nameKey={(detailColumns[kind]?.[detail.rows] ?? [])[0]?.key ?? detail.matchOn}
                    drill={detailFilter}
                    onDrill={applyDrill}
                  />
                )}
              </section>
            )}
            {view.tables.map((table) => (
              <WidgetTable
                key={table.key}
                caption={t(`dashboards.tables.${table.key}` as "dashboards.tables.stages", {
                  defaultValue: table.key,
                })}
                rows={table.rows}
                columns={table.columns}
                drill={table.drill}
                nameKey={table.nameKey}
                onDrill={applyDrill}
              />
            ))}
          </>
        )}
      </div>
      {editing && (
        <button
          type="button"
          className="widget-card__resize"
          aria-label={t("dashboards.layout.resizeHandle", { title })}
          {...handle("resize")}
        >
          <span aria-hidden="true">◢</span>
        </button>
      )}
    </section>
  );
}
