/**
 * What each of the six widgets shows besides its charts: headline tiles and tables, read from the widget's data as
 * the API shapes it (packages/dashboards/src/widgets/<kind>/<kind>-data.ts), and what a click on a row or mark
 * narrows (the widgets' `drillDown`, as the dashboard artifact describes them).
 */

export type Format = "number" | "amount" | "percent" | "rate" | "date" | "dateTime" | "hours" | "text";

/** A headline figure: its value, how it moved against the previous period, and a small trend line. */
export interface KpiView {
  key: string;
  label: string;
  value: number | null;
  format: Format;
  previous?: number | null;
  previousLabel?: "previous" | "weekAgo";
  changePercent?: number | null;
  /** Whether a rise is good news (burn and incidents are not). */
  higherIsBetter?: boolean;
  spark?: number[];
}

export interface ColumnView {
  key: string;
  format: Format;
}

/** A table of one of the widget's row lists; a row click applies `drill` with the row's `drill.field`. */
export interface TableView {
  key: string;
  rows: Record<string, unknown>[];
  columns: ColumnView[];
  drill?: DrillDown;
  /** The column naming a row (for its accessible action name). */
  nameKey: string;
}

export type DrillTarget =
  | { kind: "filter"; filter: "businessUnitId" | "projectId" }
  | { kind: "detail"; rows: string; matchOn: string };

export interface DrillDown {
  field: string;
  target: DrillTarget;
}

/** Each widget's drill-down targets, in the order the API lists them. */
export const widgetDrillDowns: Record<string, DrillDown[]> = {
  "company-health": [{ field: "businessUnitId", target: { kind: "filter", filter: "businessUnitId" } }],
  "finance-snapshot": [
    { field: "projectId", target: { kind: "filter", filter: "projectId" } },
    { field: "businessUnitId", target: { kind: "filter", filter: "businessUnitId" } },
  ],
  "sales-funnel": [
    { field: "stage", target: { kind: "detail", rows: "byUnit", matchOn: "stage" } },
    { field: "businessUnitId", target: { kind: "filter", filter: "businessUnitId" } },
  ],
  "ops-incidents": [
    { field: "severity", target: { kind: "detail", rows: "openIncidents", matchOn: "severity" } },
    { field: "projectId", target: { kind: "filter", filter: "projectId" } },
  ],
  "hiring-pipeline": [
    { field: "stage", target: { kind: "detail", rows: "byUnit", matchOn: "stage" } },
    { field: "businessUnitId", target: { kind: "filter", filter: "businessUnitId" } },
  ],
  "project-timeline": [
    { field: "projectId", target: { kind: "filter", filter: "projectId" } },
    { field: "status", target: { kind: "detail", rows: "milestones", matchOn: "status" } },
  ],
};

const drillOn = (kind: string, field: string) =>
  widgetDrillDowns[kind]?.find((drill) => drill.field === field);

/** Columns from "key:format" names (text when no format is given). */
const columns = (...specs: string[]): ColumnView[] =>
  specs.map((spec) => {
    const [key = spec, format = "text"] = spec.split(":");
    return { key, format: format as Format };
  });

/** The columns of a detail table opened from a row list. */
export const detailColumns: Record<string, Record<string, ColumnView[]>> = {
  "sales-funnel": {
    byUnit: columns("businessUnit", "deals:number", "amount:amount"),
  },
  "hiring-pipeline": {
    byUnit: columns("businessUnit", "candidates:number"),
  },
  "ops-incidents": {
    openIncidents: columns("title", "project", "openedAt:dateTime"),
  },
  "project-timeline": {
    milestones: columns("project", "name", "dueOn:date", "completedOn:date", "daysLate:number"),
  },
};

type Row = Record<string, unknown>;

const table = (
  key: string,
  rows: Row[],
  nameKey: string,
  drill: DrillDown | undefined,
  tableColumns: ColumnView[],
): TableView => ({ key, rows, nameKey, drill, columns: tableColumns });

const rowsOf = (data: Row, key: string): Row[] => (Array.isArray(data[key]) ? (data[key] as Row[]) : []);
const num = (value: unknown): number | null => (typeof value === "number" ? value : null);
const series = (rows: Row[], key: string) => rows.map((row) => num(row[key]) ?? 0);

export interface WidgetView {
  kpis: KpiView[];
  tables: TableView[];
  /** Whether the data holds any figure at all (else the widget shows its empty state). */
  empty: boolean;
}

/** The tiles and tables of one widget's data. */
export function widgetView(kind: string, input: unknown): WidgetView {
  const data = (input && typeof input === "object" ? input : {}) as Row;
  const view = build(kind, data);
  const empty =
    view.kpis.every((kpi) => kpi.value === null || kpi.value === 0) &&
    view.tables.every((t) => t.rows.length === 0);
  return { ...view, empty };
}

function build(kind: string, data: Row): Omit<WidgetView, "empty"> {
  switch (kind) {
    case "company-health": {
      const metrics = rowsOf(data, "metrics");
      const arrTrend = series(rowsOf(data, "arrTrend"), "arr");
      const score = (data.healthScore as Row | undefined)?.score;
      const kpis: KpiView[] = metrics.map((metric) => ({
        key: String(metric.key),
        label: String(metric.key),
        value: num(metric.value),
        previous: num(metric.previous),
        changePercent: num(metric.changePercent),
        format: metric.unit === "percent" ? "percent" : metric.unit === "people" ? "number" : "amount",
        higherIsBetter: metric.key !== "burn",
        spark: metric.key === "arr" ? arrTrend : undefined,
      }));
      kpis.push({ key: "healthScore", label: "healthScore", value: num(score), format: "number" });
      return {
        kpis,
        tables: [
          table(
            "revenueByUnit",
            rowsOf(data, "revenueByUnit"),
            "businessUnit",
            drillOn(kind, "businessUnitId"),
            columns("businessUnit", "revenue:amount", "grossMarginPercent:percent"),
          ),
        ],
      };
    }
    case "finance-snapshot": {
      const totals = (data.totals ?? {}) as Row;
      const months = rowsOf(data, "months");
      const tile = (key: string, format: Format, higherIsBetter = true): KpiView => ({
        key,
        label: key,
        value: num(totals[key]),
        format,
        higherIsBetter,
        spark: months.length > 1 ? series(months, key) : undefined,
      });
      return {
        kpis: [
          tile("revenue", "amount"),
          tile("cost", "amount", false),
          tile("grossMargin", "amount"),
          tile("grossMarginPercent", "percent"),
        ],
        tables: [
          table(
            "topProjects",
            rowsOf(data, "topProjects"),
            "project",
            drillOn(kind, "projectId"),
            columns("project", "businessUnit", "revenue:amount", "grossMarginPercent:percent"),
          ),
        ],
      };
    }
    case "sales-funnel": {
      const totals = (data.totals ?? {}) as Row;
      const conversions = rowsOf(data, "conversions");
      const stages = rowsOf(data, "stages").map((stage) => ({
        ...stage,
        conversion: conversions.find((entry) => entry.from === stage.stage)?.rate ?? null,
      }));
      return {
        kpis: [
          { key: "openDeals", label: "openDeals", value: num(totals.openDeals), format: "number" },
          { key: "openAmount", label: "openAmount", value: num(totals.openAmount), format: "amount" },
          { key: "wonDeals", label: "wonDeals", value: num(totals.wonDeals), format: "number" },
          { key: "wonAmount", label: "wonAmount", value: num(totals.wonAmount), format: "amount" },
        ],
        tables: [
          table(
            "stages",
            stages,
            "stage",
            drillOn(kind, "stage"),
            columns("stage", "deals:number", "amount:amount", "conversion:rate"),
          ),
        ],
      };
    }
    case "ops-incidents": {
      const open = rowsOf(data, "openBySeverity");
      const resolution = (data.resolution ?? {}) as Row;
      return {
        kpis: [
          {
            key: "openIncidents",
            label: "openIncidents",
            value: open.reduce((sum, row) => sum + (num(row.open) ?? 0), 0),
            format: "number",
            spark: series(rowsOf(data, "weekly"), "opened"),
          },
          { key: "resolved", label: "resolved", value: num(resolution.resolved), format: "number" },
          { key: "meanHours", label: "meanHours", value: num(resolution.meanHours), format: "hours" },
        ],
        tables: [
          table(
            "openBySeverity",
            open,
            "severity",
            drillOn(kind, "severity"),
            columns("severity", "open:number"),
          ),
          table(
            "worstProjects",
            rowsOf(data, "worstProjects"),
            "project",
            drillOn(kind, "projectId"),
            columns("project", "businessUnit", "opened:number", "open:number", "score:number"),
          ),
        ],
      };
    }
    case "hiring-pipeline": {
      const stages = rowsOf(data, "stages");
      const trend = rowsOf(data, "trend");
      const kpis: KpiView[] = stages.map((stage) => ({
        key: String(stage.stage),
        label: String(stage.stage),
        value: num(stage.candidates),
        previous: num(stage.weekAgo),
        previousLabel: "weekAgo",
        changePercent: num(stage.changePercent),
        format: "number",
        spark: series(
          trend.filter((row) => row.stage === stage.stage),
          "candidates",
        ),
      }));
      kpis.push({
        key: "offerToHired",
        label: "offerToHired",
        value: num(data.offerToHiredRate),
        format: "rate",
      });
      return {
        kpis,
        tables: [
          table(
            "hiringStages",
            stages,
            "stage",
            drillOn(kind, "stage"),
            columns("stage", "candidates:number", "change:number"),
          ),
        ],
      };
    }
    case "project-timeline": {
      const totals = (data.totals ?? {}) as Row;
      const statuses = [
        ["planned", "planned"],
        ["in_progress", "inProgress"],
        ["done", "done"],
        ["late", "late"],
      ] as const;
      return {
        kpis: statuses.map(([status, key]) => ({
          key: status,
          label: status,
          value: num(totals[key]),
          format: "number",
          higherIsBetter: status !== "late",
        })),
        tables: [
          table(
            "milestoneStatus",
            statuses.map(([status, key]) => ({ status, milestones: num(totals[key]) ?? 0 })),
            "status",
            drillOn(kind, "status"),
            columns("status", "milestones:number"),
          ),
          table(
            "byProject",
            rowsOf(data, "byProject"),
            "project",
            drillOn(kind, "projectId"),
            columns(
              "project",
              "businessUnit",
              "planned:number",
              "inProgress:number",
              "done:number",
              "late:number",
              "nextDueOn:date",
            ),
          ),
        ],
      };
    }
    default:
      return { kpis: [], tables: [] };
  }
}

/** Business units and projects named anywhere in a widget's rows: the choices of the dashboard's filters. */
export function scopesIn(
  input: unknown,
  into: { units: Map<string, string>; projects: Map<string, { name: string; businessUnitId?: string }> },
): void {
  const visit = (value: unknown, depth: number) => {
    if (depth > 3 || !value || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const row = value as Row;
    if (typeof row.businessUnitId === "string" && typeof row.businessUnit === "string") {
      into.units.set(row.businessUnitId, row.businessUnit);
    }
    if (typeof row.projectId === "string" && typeof row.project === "string") {
      const known = into.projects.get(row.projectId);
      const unit = typeof row.businessUnitId === "string" ? row.businessUnitId : known?.businessUnitId;
      into.projects.set(row.projectId, { name: row.project, businessUnitId: unit });
    }
    for (const nested of Object.values(row)) if (typeof nested === "object") visit(nested, depth + 1);
  };
  visit(input, 0);
}
