import type { ApiClient } from "../api/api-client.ts";

export const PERIODS = ["MTD", "QTD", "YTD"] as const;
export type Period = (typeof PERIODS)[number];

/** Where a widget sits on the 12-column grid (cells). */
export interface Placement {
  widgetId: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** GET /v1/dashboards: one dashboard as the API describes it. */
export interface DashboardDefinition {
  slug: string;
  title: string;
  description: string;
  widgets: { id: string; kind: string }[];
  defaultFilters: { period: Period; businessUnitId?: string; projectId?: string };
  defaultLayout: Placement[];
}

/** One widget's data with the filters applied (GET /v1/dashboards/:slug/widgets/:id). */
export interface WidgetResult {
  id: string;
  kind: string;
  title: string;
  position: { x: number; y: number; w: number; h: number };
  data: unknown;
  charts: Record<string, unknown>[];
}

/** The filters a dashboard is read with; unset ones fall back to the dashboard's defaults on the server. */
export interface DashboardFilters {
  period?: Period;
  businessUnitId?: string;
  projectId?: string;
}

export const listDashboards = (api: ApiClient, signal?: AbortSignal) =>
  api.get<{ dashboards: DashboardDefinition[] }>("/v1/dashboards", { signal });

/** What the unit and project filters can be set to. */
export interface FilterOptions {
  businessUnits: { id: string; name: string }[];
  projects: { id: string; name: string; businessUnitId: string }[];
}

export const loadFilterOptions = (api: ApiClient, signal?: AbortSignal) =>
  api.get<FilterOptions>("/v1/dashboards/filter-options", { signal });

export const loadWidget = (
  api: ApiClient,
  slug: string,
  widgetId: string,
  filters: DashboardFilters,
  signal?: AbortSignal,
) =>
  api.get<{ widget: WidgetResult }>(
    `/v1/dashboards/${encodeURIComponent(slug)}/widgets/${encodeURIComponent(widgetId)}`,
    { query: { ...filters }, signal },
  );

export const saveLayout = (api: ApiClient, slug: string, layout: Placement[]) =>
  api.put<{ layout: Placement[] }>(`/v1/dashboards/${encodeURIComponent(slug)}/layout`, { layout });

export const resetLayout = (api: ApiClient, slug: string) =>
  api.delete<{ reset: boolean }>(`/v1/dashboards/${encodeURIComponent(slug)}/layout`);

/** The path of a dashboard with its filters in the query, so a reload or a shared link keeps them. */
export function dashboardPath(slug: string, filters: DashboardFilters): string {
  const search = new URLSearchParams();
  if (filters.period) search.set("period", filters.period);
  if (filters.businessUnitId) search.set("businessUnitId", filters.businessUnitId);
  if (filters.projectId) search.set("projectId", filters.projectId);
  const text = search.toString();
  return `/d/${encodeURIComponent(slug)}${text ? `?${text}` : ""}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filters named in a dashboard URL's query; anything malformed is dropped rather than sent. */
export function filtersFromSearch(search: URLSearchParams): DashboardFilters {
  const period = search.get("period")?.toUpperCase();
  const businessUnitId = search.get("businessUnitId") ?? "";
  const projectId = search.get("projectId") ?? "";
  return {
    period: PERIODS.find((candidate) => candidate === period),
    businessUnitId: UUID.test(businessUnitId) ? businessUnitId : undefined,
    projectId: UUID.test(projectId) ? projectId : undefined,
  };
}
