import {
  DASHBOARD_ARTIFACT_MIME,
  dashboardArtifactContent,
  dashboardSlugs,
  loadDashboard as loadDashboardData,
} from "@penny/dashboards";
import { ToolFailedError } from "../../errors/tool-failed-error.ts";
import type { Tool } from "../../tool.ts";

export type LoadDashboardArguments = {
  slug: (typeof dashboardSlugs)[number];
  filters?: { period?: "MTD" | "QTD" | "YTD"; businessUnitId?: string; projectId?: string };
};

const uuid = { type: "string", format: "uuid" } as const;

/** Opens a company dashboard as an artifact the person can take full screen, filter and drill into. */
export const loadDashboard: Tool<LoadDashboardArguments> = {
  name: "load_dashboard",
  description:
    "Open one of the company dashboards (company health, finance snapshot, sales funnel, ops incidents, hiring " +
    "pipeline, project timeline) with filters for the period, a business unit or a project.",
  inputSchema: {
    type: "object",
    properties: {
      slug: { type: "string", enum: [...dashboardSlugs], description: "which dashboard" },
      filters: {
        type: "object",
        properties: {
          period: {
            type: "string",
            enum: ["MTD", "QTD", "YTD"],
            description: "month, quarter or year to date",
          },
          businessUnitId: { ...uuid, description: "narrow to one business unit" },
          projectId: { ...uuid, description: "narrow to one project" },
        },
        additionalProperties: false,
      },
    },
    required: ["slug"],
    additionalProperties: false,
  },
  permission: "dashboards:view",
  sideEffect: false,
  approval: "never",
  timeoutMs: 20_000,
  concurrency: 4,
  async execute(args, context) {
    const loaded = await loadDashboardData({
      database: context.database,
      tenantId: context.tenantId,
      slug: args.slug,
      filters: args.filters ?? {},
      now: context.now,
      userId: context.userId ?? undefined,
    }).catch((error: unknown) => {
      // A filter naming an unknown unit or project is the model's mistake to correct, not a crash.
      throw new ToolFailedError(error instanceof Error ? error.message : String(error));
    });
    const content = dashboardArtifactContent(args.slug, args.filters ?? {});
    const artifact = await context.createArtifact({
      kind: "dashboard",
      title: loaded.definition.title,
      mime: DASHBOARD_ARTIFACT_MIME,
      content: JSON.stringify(content),
    });
    const scope = loaded.filters.project?.name ?? loaded.filters.businessUnit?.name ?? "the whole company";
    const main = loaded.widgets[0];
    return {
      summary: `${loaded.definition.title} (${loaded.filters.period}, ${loaded.filters.window.from} → ${loaded.filters.window.to}) for ${scope}: ${loaded.widgets.length} widgets.`,
      data: {
        slug: args.slug,
        title: loaded.definition.title,
        filters: loaded.filters,
        widgets: loaded.widgets.map((widget) => ({ id: widget.id, kind: widget.kind, title: widget.title })),
        highlights: main ? { widget: main.id, data: main.data } : null,
      },
      artifacts: [artifact],
    };
  },
};
