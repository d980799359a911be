import { openTestDatabase, type TestDatabase } from "@penny/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArtifactRecorder } from "../../__fixtures__/artifact-recorder.ts";
import { vegaLiteProblems } from "../../__fixtures__/vega-lite-validator.ts";
import { ToolFailedError } from "../../errors/tool-failed-error.ts";
import { ToolRegistry } from "../../registry.ts";
import { builtinTools } from "../index.ts";
import { type RenderChartArguments, renderChart } from "./render-chart.ts";

let test: TestDatabase;
const registry = new ToolRegistry(builtinTools);

beforeAll(async () => {
  // The tool never queries; the context still carries a real database, as in production.
  test = await openTestDatabase({ migrated: false });
});
afterAll(async () => {
  await test?.dispose();
});

/** Validates like the router (defaults, rules), then runs the tool and returns its result and the spec it drew. */
async function render(input: Record<string, unknown>) {
  const args = registry.validateArguments("render_chart", input) as RenderChartArguments;
  const recorder = createArtifactRecorder();
  const result = await renderChart.execute(args, {
    tenantId: "00000000-0000-4000-8000-000000000001",
    userId: null,
    database: test.database,
    signal: new AbortController().signal,
    now: new Date("2026-11-25T00:00:00Z"),
    createArtifact: recorder.createArtifact,
  });
  const spec = JSON.parse(String(recorder.drafts[0]?.content));
  return { result, spec, recorder };
}

const sales = [
  { month: "2026-01-01", region: "North", amount: 120.5, deals: "7" },
  { month: "2026-02-01", region: "South", amount: 98, deals: "5" },
  { month: "2026-03-01", region: "North", amount: null, deals: "9" },
];

describe("render_chart", () => {
  it("infers temporal x and quantitative y, picks a line for dates and makes a valid Vega-Lite artifact", async () => {
    const { result, spec, recorder } = await render({
      data: sales,
      x: "month",
      y: "amount",
      color: "region",
    });
    expect(vegaLiteProblems(spec)).toEqual([]);
    // The schema check can fail: a spec with an unknown mark does.
    expect(vegaLiteProblems({ ...spec, mark: { type: "pie-slice" } })).not.toEqual([]);
    expect(spec.mark.type).toBe("line");
    expect(spec.encoding.x).toMatchObject({ field: "month", type: "temporal" });
    expect(spec.encoding.y).toMatchObject({ field: "amount", type: "quantitative" });
    expect(spec.encoding.color).toMatchObject({ field: "region", type: "nominal" });
    expect(spec.data.values).toEqual(sales);
    expect(spec.title).toBe("amount by month");
    expect(recorder.drafts[0]).toMatchObject({
      kind: "chart",
      mime: "application/vnd.vegalite+json",
      title: "amount by month",
    });
    expect(result.artifacts).toEqual(recorder.references);
    expect(result.summary).toBe('Line chart "amount by month": amount by month per region (3 rows).');
  });

  it("picks a bar for categories on x, treats numeric-looking strings as categories, and keeps a chosen mark", async () => {
    const bars = await render({ data: sales, x: "region", y: "amount", title: "Sales by region" });
    expect(vegaLiteProblems(bars.spec)).toEqual([]);
    expect(bars.spec.mark.type).toBe("bar");
    expect(bars.spec.encoding.x.type).toBe("nominal");
    expect(bars.spec.title).toBe("Sales by region");

    const points = await render({ data: sales, x: "deals", y: "amount", mark: "point" });
    expect(vegaLiteProblems(points.spec)).toEqual([]);
    expect(points.spec.mark.type).toBe("point");
    expect(points.spec.encoding.x.type).toBe("nominal");
  });

  it("escapes field names Vega-Lite would read as nested paths", async () => {
    const { spec } = await render({ data: [{ "revenue.eur": 5, "q[1]": "a" }], x: "q[1]", y: "revenue.eur" });
    expect(vegaLiteProblems(spec)).toEqual([]);
    expect(spec.encoding.y.field).toBe("revenue\\.eur");
    expect(spec.encoding.x.field).toBe("q\\[1\\]");
    expect(spec.encoding.y.title).toBe("revenue.eur");
  });

  it("rejects a field that is in none of the rows, naming the fields there are", async () => {
    const error = await render({ data: sales, x: "month", y: "revenue" }).catch((thrown) => thrown);
    expect(error).toBeInstanceOf(ToolFailedError);
    expect(error.message).toBe(
      'The y field "revenue" is in none of the rows; the rows have month, region, amount, deals.',
    );
    const color = await render({ data: sales, x: "month", y: "amount", color: "team" }).catch(
      (thrown) => thrown,
    );
    expect(color.message).toContain('color field "team"');
  });

  it("refuses arguments outside its schema: no rows, too many rows, an unknown mark", () => {
    const check = (input: Record<string, unknown>) => () => registry.validateArguments("render_chart", input);
    expect(check({ data: [], x: "a", y: "b" })).toThrow("/data must have at least 1 item");
    const tooMany = Array.from({ length: 5001 }, (_, index) => ({ a: index, b: index }));
    expect(check({ data: tooMany, x: "a", y: "b" })).toThrow("/data must have at most 5000 items");
    expect(check({ data: [{ a: 1 }], x: "a", y: "a", mark: "pie" })).toThrow(
      "/mark must be one of bar, line, area, point",
    );
  });
});
