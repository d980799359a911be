import { describe, expect, it } from "vitest";
import { echoTool } from "./__fixtures__/test-tools.ts";
import { builtinTools } from "./builtin/index.ts";
import { ToolArgumentsError } from "./errors/tool-arguments-error.ts";
import { ToolDefinitionError } from "./errors/tool-definition-error.ts";
import { UnknownToolError } from "./errors/unknown-tool-error.ts";
import { ToolRegistry } from "./registry.ts";

describe("ToolRegistry", () => {
  const registry = new ToolRegistry(builtinTools);

  it("holds the built-in tools under unique names, in the order of the list", () => {
    const names = registry.list().map((tool) => tool.name);
    expect(names).toEqual(builtinTools.map((tool) => tool.name));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(["get_company_kpis", "render_chart"]));
    expect(registry.get("render_chart")).toBe(builtinTools.find((tool) => tool.name === "render_chart"));
    expect(registry.get("nope")).toBeUndefined();
  });

  it("describes each tool by its public fields only", () => {
    for (const description of registry.describe()) {
      expect(Object.keys(description).sort()).toEqual(
        ["approval", "description", "inputSchema", "name", "permission", "sideEffect", "timeoutMs"].sort(),
      );
    }
    expect(registry.describe().find((tool) => tool.name === "get_company_kpis")).toEqual({
      name: "get_company_kpis",
      description:
        "Company KPIs (revenue, cost, gross margin, bookings, ARR, headcount, burn) for a period, with period-over-period deltas and a daily time series, for the whole company, one business unit or one project.",
      inputSchema: expect.objectContaining({
        type: "object",
        properties: {
          period: {
            type: "string",
            enum: ["MTD", "QTD", "YTD"],
            description: "month, quarter or year to date",
          },
          unit: { enum: ["company", "bu", "project"] },
          id: {
            type: "string",
            format: "uuid",
            description: "business unit or project id when unit is bu or project",
          },
        },
        required: ["period", "unit"],
        additionalProperties: false,
      }),
      sideEffect: false,
      approval: "never",
      permission: "tools:use",
      timeoutMs: expect.any(Number),
    });
  });

  it("the built-in tools change nothing outside Penny and never ask for approval; dashboards need only viewing", () => {
    const permissions = Object.fromEntries(builtinTools.map((tool) => [tool.name, tool.permission]));
    expect(permissions).toEqual({
      get_company_kpis: "tools:use",
      load_dashboard: "dashboards:view",
      render_chart: "tools:use",
      run_python_job: "tools:use",
    });
    for (const tool of builtinTools) {
      expect(tool).toMatchObject({ sideEffect: false, approval: "never" });
      expect(tool.concurrency).toBeGreaterThanOrEqual(4);
    }
  });

  it("refuses a list with a duplicate name, a bad name, a non-object schema or a schema that does not compile", () => {
    expect(() => new ToolRegistry([echoTool("twice"), echoTool("twice")])).toThrow(ToolDefinitionError);
    expect(() => new ToolRegistry([echoTool("has space")])).toThrow(/name/);
    expect(() => new ToolRegistry([echoTool("listy", { inputSchema: { type: "array" } })])).toThrow(/object/);
    expect(
      () =>
        new ToolRegistry([
          echoTool("broken", { inputSchema: { type: "object", properties: { a: { type: "text" } } } }),
        ]),
    ).toThrow(/does not compile/);
    expect(() => new ToolRegistry([echoTool("slow", { timeoutMs: 0 })])).toThrow(/timeoutMs/);
    expect(() => new ToolRegistry([echoTool("crowd", { concurrency: 0.5 })])).toThrow(/concurrency/);
  });

  it("validates arguments: defaults filled in, no coercion, extra properties refused, the input untouched", () => {
    const echo = new ToolRegistry([echoTool("echo")]);
    const input = { text: "hi" };
    expect(echo.validateArguments("echo", input)).toEqual({ text: "hi", times: 1 });
    expect(input).toEqual({ text: "hi" });
    expect(() => echo.validateArguments("echo", { text: "hi", times: "2" })).toThrow(
      "/times must be an integer",
    );
    expect(() => echo.validateArguments("echo", { text: "hi", times: 0 })).toThrow("/times must be >= 1");
    expect(() => echo.validateArguments("echo", { text: "hi", loud: true })).toThrow(
      "/loud is not allowed; allowed properties are text, times",
    );
    expect(() => echo.validateArguments("echo", [])).toThrow("/ must be an object");
    expect(() => echo.validateArguments("echo", undefined)).toThrow("/text is required");
    expect(() => echo.validateArguments("missing", {})).toThrow(UnknownToolError);
  });

  it("lists every problem, and counts the ones beyond the first five", () => {
    const rows = new ToolRegistry(builtinTools);
    const error = (() => {
      try {
        rows.validateArguments("render_chart", { data: [1, 2, 3, 4, 5, 6, 7], x: "a", y: "b" });
      } catch (thrown) {
        return thrown as ToolArgumentsError;
      }
    })();
    expect(error).toBeInstanceOf(ToolArgumentsError);
    expect(error?.problems).toHaveLength(7);
    expect(error?.problems[6]).toEqual({ path: "/data/6", message: "must be an object" });
    expect(error?.message).toBe(
      "/data/0 must be an object; /data/1 must be an object; /data/2 must be an object; /data/3 must be an object; /data/4 must be an object; and 2 more",
    );
  });
});
