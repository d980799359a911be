import type { Tool } from "../tool.ts";
import { getCompanyKpis } from "./get-company-kpis/get-company-kpis.ts";
import { loadDashboard } from "./load-dashboard/load-dashboard.ts";
import { renderChart } from "./render-chart/render-chart.ts";
import { runPythonJob } from "./run-python-job/run-python-job.ts";

/** Every built-in tool, once. A new tool is a new folder here and one line in this list. */
export const builtinTools: readonly Tool[] = [getCompanyKpis, loadDashboard, renderChart, runPythonJob];
