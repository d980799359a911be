export type { ToolAccess } from "./access/decide-tool-access.ts";
export type { ToolSetting } from "./access/tool-access-queries.ts";
export type { ArgumentValidator } from "./arguments/argument-validator.ts";
export {
  type GetCompanyKpisArguments,
  getCompanyKpis,
} from "./builtin/get-company-kpis/get-company-kpis.ts";
export type { KpiFigure } from "./builtin/get-company-kpis/kpi-figure.ts";
export {
  type DayRange,
  type KpiPeriod,
  kpiPeriods,
  type PeriodWindows,
  periodWindows,
} from "./builtin/get-company-kpis/period-window.ts";
export { type KpiUnit, kpiUnits } from "./builtin/get-company-kpis/queries.ts";
export { builtinTools } from "./builtin/index.ts";
export {
  MAX_CHART_ROWS,
  type RenderChartArguments,
  renderChart,
} from "./builtin/render-chart/render-chart.ts";
export { inferFieldType } from "./charts/infer-field-type.ts";
export {
  type ChartMark,
  chartMarks,
  type FieldType,
  VEGA_LITE_MIME,
  VEGA_LITE_SCHEMA,
  vegaLiteSpec,
} from "./charts/vega-lite-spec.ts";
export { type ArgumentProblem, ToolArgumentsError } from "./errors/tool-arguments-error.ts";
export { ToolDefinitionError } from "./errors/tool-definition-error.ts";
export { ToolError, type ToolErrorCode, toolErrorCodes } from "./errors/tool-error.ts";
export { ToolFailedError } from "./errors/tool-failed-error.ts";
export { ToolForbiddenError } from "./errors/tool-forbidden-error.ts";
export { ToolNotAllowedError } from "./errors/tool-not-allowed-error.ts";
export { UnknownToolError } from "./errors/unknown-tool-error.ts";
export { canonicalHash } from "./hashing.ts";
export { ToolRegistry } from "./registry.ts";
export { type ReleaseSlot, Semaphore } from "./semaphore.ts";
export type {
  ApprovalPolicy,
  ArtifactDraft,
  ArtifactReference,
  JsonSchema,
  Tool,
  ToolContext,
  ToolDescribeContext,
  ToolResult,
} from "./tool.ts";
export type { ToolCaller } from "./tool-caller.ts";
export { describeTool, type ToolDescription } from "./tool-description.ts";
export type { ToolExecution, ToolOutcome } from "./tool-execution.ts";
export {
  type AuthorizeToolCallOptions,
  type CheckedToolCall,
  createToolRouter,
  type ToolRouter,
  type ToolRouterOptions,
} from "./tool-router.ts";
