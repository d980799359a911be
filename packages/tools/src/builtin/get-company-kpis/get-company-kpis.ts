import { VEGA_LITE_MIME, vegaLiteSpec } from "../../charts/vega-lite-spec.ts";
import { ToolFailedError } from "../../errors/tool-failed-error.ts";
import type { Tool } from "../../tool.ts";
import { kpiFigure } from "./kpi-figure.ts";
import { kpiSummary } from "./kpi-summary.ts";
import { type KpiPeriod, kpiPeriods, periodWindows } from "./period-window.ts";
import { dailyKpis, findScopeName, type KpiScope, type KpiUnit, kpiUnits, sumKpis } from "./queries.ts";

export type GetCompanyKpisArguments = {
  period: KpiPeriod;
  unit: KpiUnit;
  id?: string;
};

const scopeWords = { bu: "business unit", project: "project" } as const;

/** Company KPIs for a to-date period against the previous one, with the daily revenue drawn as a chart. */
export const getCompanyKpis: Tool<GetCompanyKpisArguments> = {
  name: "get_company_kpis",
  description:
    "Company KPIs (revenue, cost, gross margin, bookings, ARR, headcount, burn) for a period, with period-over-period deltas and a daily time series, for the whole company, one business unit or one project.",
  inputSchema: {
    type: "object",
    properties: {
      period: { type: "string", enum: [...kpiPeriods], description: "month, quarter or year to date" },
      unit: { enum: [...kpiUnits] },
      id: {
        type: "string",
        format: "uuid",
        description: "business unit or project id when unit is bu or project",
      },
    },
    required: ["period", "unit"],
    additionalProperties: false,
    if: { properties: { unit: { enum: ["bu", "project"] } }, required: ["unit"] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a promise.
    then: { required: ["id"] },
  },
  permission: "tools:use",
  sideEffect: false,
  approval: "never",
  timeoutMs: 15_000,
  concurrency: 8,

  async execute(args, context) {
    const scope: KpiScope =
      args.unit === "company" ? { unit: "company" } : { unit: args.unit, id: args.id ?? "" };
    const windows = periodWindows(args.period, context.now);
    const { tenantId } = context;

    const figures = await context.database.withTenant(tenantId, async (tx) => {
      const name = await findScopeName(tx, { tenantId, scope });
      if (name === null) return null;
      context.signal.throwIfAborted();
      const current = await sumKpis(tx, { tenantId, scope, range: windows.current });
      const previous = await sumKpis(tx, { tenantId, scope, range: windows.previous });
      const series = await dailyKpis(tx, { tenantId, scope, range: windows.current });
      return { name, current, previous, series };
    });
    if (figures === null) {
      const id = scope.unit === "company" ? "" : scope.id;
      throw new ToolFailedError(`There is no ${scopeWords[args.unit as "bu" | "project"]} with id ${id}.`);
    }
    context.signal.throwIfAborted();

    const { name, current, previous, series } = figures;
    const kpis = {
      revenue: kpiFigure(current.revenue, previous.revenue),
      cost: kpiFigure(current.cost, previous.cost),
      grossMargin: kpiFigure(current.grossMargin, previous.grossMargin),
      bookings: kpiFigure(current.bookings, previous.bookings),
      arr: kpiFigure(current.arr, previous.arr),
      headcount: kpiFigure(current.headcount, previous.headcount),
      burn: kpiFigure(current.burn, previous.burn),
    };
    const title = `Daily revenue ${args.period} (${windows.current.from} → ${windows.current.to}), ${name}`;
    const chart = await context.createArtifact({
      kind: "chart",
      mime: VEGA_LITE_MIME,
      title,
      content: JSON.stringify(
        vegaLiteSpec({
          title,
          mark: "line",
          values: series.map((day) => ({ day: day.day, revenue: day.revenue })),
          x: { field: "day", type: "temporal", title: "Day" },
          y: { field: "revenue", type: "quantitative", title: "Revenue" },
        }),
      ),
    });

    return {
      summary: kpiSummary({ period: args.period, range: windows.current, name, revenue: kpis.revenue }),
      data: {
        period: args.period,
        unit: args.unit,
        ...(scope.unit === "company" ? {} : { id: scope.id }),
        name,
        from: windows.current.from,
        to: windows.current.to,
        previous: windows.previous,
        kpis,
        series,
      },
      artifacts: [chart],
    };
  },
};
