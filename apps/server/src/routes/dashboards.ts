import {
  dashboardDefinitions,
  dashboardLayoutSchema,
  dashboardPeriods,
  dashboardWidgetResultSchema,
  listFilterOptions,
  loadDashboard,
  loadWidget,
  resetDashboardLayout,
  resolvedDashboardFiltersSchema,
  saveDashboardLayout,
  widgetPositionSchema,
} from "@penny/dashboards";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { callerOf } from "../chat-caller.ts";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";

const definitionSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    widgets: z.array(z.object({ id: z.string(), kind: z.string() })),
    defaultFilters: z.object({
      period: z.enum(dashboardPeriods),
      businessUnitId: z.uuid().optional(),
      projectId: z.uuid().optional(),
    }),
    defaultLayout: z.array(widgetPositionSchema.extend({ widgetId: z.string() })),
  })
  .meta({ id: "DashboardDefinition" });

/** Filters arrive as query parameters; absent ones fall back to the dashboard's defaults. */
const filterQuery = z.strictObject({
  period: z.enum(dashboardPeriods).optional(),
  businessUnitId: z.uuid().optional(),
  projectId: z.uuid().optional(),
});

const slugParams = z.object({ slug: z.string().min(1).max(100) });

/** The company dashboards: definitions, data per dashboard or per widget with filters, and each person's layout. */
export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const now = () => app.clock();

  app.get(
    "/v1/dashboards",
    {
      config: { access: "dashboards:view" },
      schema: {
        summary: "The dashboards there are, with their widgets, default filters and layout",
        tags: ["dashboards"],
        response: { 200: z.object({ dashboards: z.array(definitionSchema) }), ...problemResponses },
      },
    },
    async () => ({ dashboards: dashboardDefinitions }),
  );

  app.get(
    "/v1/dashboards/filter-options",
    {
      config: { access: "dashboards:view" },
      schema: {
        summary: "What the business-unit and project filters can be set to, by name",
        tags: ["dashboards"],
        response: {
          200: z.object({
            businessUnits: z.array(z.object({ id: z.uuid(), name: z.string() })),
            projects: z.array(z.object({ id: z.uuid(), name: z.string(), businessUnitId: z.uuid() })),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => app.database.withTenant(principalOf(request).tenantId, (tx) => listFilterOptions(tx)),
  );

  app.get(
    "/v1/dashboards/:slug",
    {
      config: { access: "dashboards:view" },
      schema: {
        summary: "A dashboard with every widget's data, the filters applied and your layout",
        tags: ["dashboards"],
        params: slugParams,
        querystring: filterQuery,
        response: {
          200: z.object({
            dashboard: definitionSchema,
            filters: resolvedDashboardFiltersSchema,
            widgets: z.array(dashboardWidgetResultSchema),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const loaded = await loadDashboard({
        database: app.database,
        tenantId: principal.tenantId,
        slug: request.params.slug,
        filters: request.query,
        now: now(),
        userId: principal.userId ?? undefined,
      });
      return { dashboard: loaded.definition, filters: loaded.filters, widgets: loaded.widgets };
    },
  );

  app.get(
    "/v1/dashboards/:slug/widgets/:widgetId",
    {
      config: { access: "dashboards:view" },
      schema: {
        summary: "One widget's data with the filters applied (what a drill-down reloads)",
        tags: ["dashboards"],
        params: slugParams.extend({ widgetId: z.string().min(1).max(100) }),
        querystring: filterQuery,
        response: { 200: z.object({ widget: dashboardWidgetResultSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const widget = await loadWidget({
        database: app.database,
        tenantId: principal.tenantId,
        slug: request.params.slug,
        widgetId: request.params.widgetId,
        filters: request.query,
        now: now(),
        userId: principal.userId ?? undefined,
      });
      return { widget };
    },
  );

  app.put(
    "/v1/dashboards/:slug/layout",
    {
      config: { access: "dashboards:view" },
      schema: {
        summary: "Save your arrangement of the dashboard's widgets (12-column grid; every widget once)",
        tags: ["dashboards"],
        params: slugParams,
        body: z.object({ layout: dashboardLayoutSchema }),
        response: { 200: z.object({ layout: dashboardLayoutSchema }), ...problemResponses },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      await saveDashboardLayout({
        database: app.database,
        tenantId: caller.tenantId,
        userId: caller.userId,
        slug: request.params.slug,
        layout: request.body.layout,
      });
      return { layout: request.body.layout };
    },
  );

  app.delete(
    "/v1/dashboards/:slug/layout",
    {
      config: { access: "dashboards:view" },
      schema: {
        summary: "Go back to the dashboard's default layout",
        tags: ["dashboards"],
        params: slugParams,
        response: { 200: z.object({ reset: z.boolean() }), ...problemResponses },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      return resetDashboardLayout({
        database: app.database,
        tenantId: caller.tenantId,
        userId: caller.userId,
        slug: request.params.slug,
      });
    },
  );
};
