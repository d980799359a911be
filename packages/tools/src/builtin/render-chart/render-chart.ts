import { inferFieldType } from "../../charts/infer-field-type.ts";
import {
  type ChartField,
  type ChartMark,
  chartMarks,
  VEGA_LITE_MIME,
  vegaLiteSpec,
} from "../../charts/vega-lite-spec.ts";
import { ToolFailedError } from "../../errors/tool-failed-error.ts";
import type { Tool } from "../../tool.ts";

export const MAX_CHART_ROWS = 5000;

export type RenderChartArguments = {
  title?: string;
  mark?: ChartMark;
  data: Record<string, unknown>[];
  x: string;
  y: string;
  color?: string;
};

const fieldName = { type: "string", minLength: 1, maxLength: 200 } as const;

/** Draws rows the model already has as a chart artifact (a Vega-Lite spec with the rows inline). */
export const renderChart: Tool<RenderChartArguments> = {
  name: "render_chart",
  description:
    "Draw a chart from rows of data (bar, line, area or point) and show it to the user as a chart artifact. " +
    "Field types are inferred: dates are temporal, numbers quantitative, anything else categories.",
  inputSchema: {
    type: "object",
    properties: {
      title: {
        type: "string",
        minLength: 1,
        maxLength: 200,
        description: 'chart title; defaults to "y by x"',
      },
      mark: {
        type: "string",
        enum: [...chartMarks],
        description: "bar, line, area or point; defaults to line when x holds dates, else bar",
      },
      data: {
        type: "array",
        minItems: 1,
        maxItems: MAX_CHART_ROWS,
        items: { type: "object" },
        description: "the rows to plot, one object per row",
      },
      x: { ...fieldName, description: "the field of each row on the x axis" },
      y: { ...fieldName, description: "the field of each row on the y axis" },
      color: { ...fieldName, description: "a field that splits the rows into coloured series" },
    },
    required: ["data", "x", "y"],
    additionalProperties: false,
  },
  permission: "tools:use",
  sideEffect: false,
  approval: "never",
  timeoutMs: 5_000,
  concurrency: 8,

  async execute(args, context) {
    const x = chartField(args.data, args.x, "x");
    const y = chartField(args.data, args.y, "y");
    const color = args.color === undefined ? undefined : chartField(args.data, args.color, "color");
    const mark = args.mark ?? (x.type === "temporal" ? "line" : "bar");
    const title = args.title ?? `${args.y} by ${args.x}`;
    const spec = vegaLiteSpec({ title, mark, values: args.data, x, y, ...(color ? { color } : {}) });

    context.signal.throwIfAborted();
    const artifact = await context.createArtifact({
      kind: "chart",
      mime: VEGA_LITE_MIME,
      title,
      content: JSON.stringify(spec),
    });
    const rows = args.data.length;
    return {
      summary: `${capitalize(mark)} chart "${title}": ${args.y} by ${args.x}${color ? ` per ${args.color}` : ""} (${rows} ${rows === 1 ? "row" : "rows"}).`,
      data: { title, mark, rows, x, y, ...(color ? { color } : {}) },
      artifacts: [artifact],
    };
  },
};

/** The field's encoding, or a failure naming the fields the rows do have. */
function chartField(rows: readonly Record<string, unknown>[], name: string, channel: string): ChartField {
  if (!rows.some((row) => Object.hasOwn(row, name))) {
    const known = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    throw new ToolFailedError(
      `The ${channel} field "${name}" is in none of the rows; the rows have ${known.length ? known.join(", ") : "no fields"}.`,
    );
  }
  return { field: name, type: inferFieldType(rows.map((row) => row[name])) };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
