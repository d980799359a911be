import {
  type CSSProperties,
  type PointerEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import { useErrorText } from "../api/use-error-text.ts";
import { navigate } from "../app/router.ts";
import { BACK_KEY } from "./back-key.ts";
import {
  type DashboardDefinition,
  type DashboardFilters,
  dashboardPath,
  filtersFromSearch,
  listDashboards,
  loadFilterOptions,
  loadWidget,
  PERIODS,
  type Period,
  type Placement,
  resetLayout,
  saveLayout,
} from "./dashboard-api.ts";
import { GRID_COLUMNS, nudge, placeWidget, sameLayout } from "./layout.ts";
import { useDashboardFormat } from "./use-dashboard-format.ts";
import { type DragStart, WidgetCard, type WidgetState } from "./widget-card.tsx";
import { scopesIn } from "./widget-views.ts";

/** One grid row's height plus the gap, in pixels (dashboards.css). */
const ROW_PITCH = 84;

type Scopes = {
  units: Map<string, string>;
  projects: Map<string, { name: string; businessUnitId?: string }>;
};

/** The tenant's units and projects for the filters (`GET /v1/dashboards/filter-options`), plus any a widget names. */
function useScopes(api: ReturnType<typeof useApi>, results: WidgetState[]) {
  const [base, setBase] = useState<Scopes>({ units: new Map(), projects: new Map() });
  useEffect(() => {
    const controller = new AbortController();
    loadFilterOptions(api, controller.signal)
      .then((options) => {
        if (controller.signal.aborted) return;
        setBase({
          units: new Map(options.businessUnits.map((unit) => [unit.id, unit.name])),
          projects: new Map(
            options.projects.map((project) => [
              project.id,
              { name: project.name, businessUnitId: project.businessUnitId },
            ]),
          ),
        });
      })
      .catch(() => {
        // The lists then fill from what the widgets name; the dashboard itself still works.
      });
    return () => controller.abort();
  }, [api]);
  return useMemo(() => {
    const merged: Scopes = { units: new Map(base.units), projects: new Map(base.projects) };
    for (const state of results) if (state.status === "ready") scopesIn(state.result.data, merged);
    return merged;
  }, [base, results]);
}

/** Dashboard mode: one dashboard full screen with its filters in the URL, drill-down and an editable layout. */
export default function DashboardPage({ slug, search }: { slug: string; search: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const { date } = useDashboardFormat();
  const urlFilters = useMemo(() => filtersFromSearch(new URLSearchParams(search)), [search]);
  const [definitions, setDefinitions] = useState<DashboardDefinition[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [widgets, setWidgets] = useState<Record<string, WidgetState>>({});
  const [positions, setPositions] = useState<Placement[]>([]);
  const [edited, setEdited] = useState<Placement[] | null>(null);
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [busy, setBusy] = useState(false);
  const grid = useRef<HTMLDivElement>(null);
  const drag = useRef<(DragStart & { widgetId: string; from: Placement; base: Placement[] }) | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    listDashboards(api, controller.signal)
      .then((answer) => setDefinitions(answer.dashboards))
      .catch((error: unknown) => !controller.signal.aborted && setLoadError(errorText(error)));
    return () => controller.abort();
  }, [api, errorText]);

  const definition = definitions?.find((candidate) => candidate.slug === slug);
  const filters: DashboardFilters = useMemo(
    () => ({
      period: urlFilters.period ?? definition?.defaultFilters.period,
      businessUnitId: urlFilters.businessUnitId,
      projectId: urlFilters.projectId,
    }),
    [urlFilters, definition],
  );

  useEffect(() => {
    if (!definition) return;
    setPositions(definition.defaultLayout);
    setEdited(null);
    setEditing(false);
  }, [definition]);

  /** Reads one widget with the filters applied; each widget shows its own loading, error or figures. */
  const fetchWidget = useCallback(
    (widgetId: string, signal?: AbortSignal) => {
      if (!definition) return;
      setWidgets((current) => ({ ...current, [widgetId]: { status: "loading" } }));
      loadWidget(api, definition.slug, widgetId, filters, signal)
        .then(({ widget: result }) => {
          if (signal?.aborted) return;
          setWidgets((current) => ({ ...current, [widgetId]: { status: "ready", result } }));
          setPositions((current) =>
            current.map((entry) => (entry.widgetId === widgetId ? { widgetId, ...result.position } : entry)),
          );
        })
        .catch((error: unknown) => {
          if (signal?.aborted) return;
          setWidgets((current) => ({
            ...current,
            [widgetId]: { status: "error", message: errorText(error) },
          }));
        });
    },
    [api, definition, filters, errorText],
  );

  // One request per widget, again whenever the filters change.
  useEffect(() => {
    if (!definition) return;
    const controller = new AbortController();
    for (const widget of definition.widgets) fetchWidget(widget.id, controller.signal);
    return () => controller.abort();
  }, [definition, fetchWidget]);

  const results = useMemo(() => Object.values(widgets), [widgets]);
  const scopes = useScopes(api, results);
  const layout = edited ?? positions;
  const dirty = edited !== null && !sameLayout(edited, positions);
  const span = results.flatMap((state) => {
    const win =
      state.status === "ready"
        ? (state.result.data as { window?: { from: string; to: string } }).window
        : undefined;
    return win ? [win] : [];
  })[0];

  const setFilters = useCallback((next: DashboardFilters) => navigate(dashboardPath(slug, next)), [slug]);

  const onFilter = (filter: "businessUnitId" | "projectId", id: string, name: string) => {
    if (filter === "businessUnitId") setFilters({ period: filters.period, businessUnitId: id });
    else setFilters({ period: filters.period, businessUnitId: filters.businessUnitId, projectId: id });
    setAnnouncement(t("dashboards.drill.applied", { name }));
  };

  const change = (widgetId: string, delta: Partial<Record<"x" | "y" | "w" | "h", number>>) =>
    setEdited(nudge(layout, widgetId, delta));

  const onDragMove = (event: PointerEvent) => {
    const current = drag.current;
    const element = grid.current;
    if (!current || !element) return;
    const column = element.clientWidth / GRID_COLUMNS;
    const dx = Math.round((event.clientX - current.clientX) / column);
    const dy = Math.round((event.clientY - current.clientY) / ROW_PITCH);
    const { from } = current;
    const next =
      current.mode === "move"
        ? { ...from, x: from.x + dx, y: from.y + dy }
        : { ...from, w: from.w + dx, h: from.h + dy };
    setEdited(placeWidget(current.base, next));
  };

  const save = async () => {
    if (!edited) return;
    setBusy(true);
    try {
      const answer = await saveLayout(api, slug, edited);
      setPositions(answer.layout);
      setEdited(null);
      setAnnouncement(t("dashboards.layout.saved"));
    } catch (error) {
      setAnnouncement(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const reset = async () => {
    if (!definition) return;
    setBusy(true);
    try {
      await resetLayout(api, slug);
      setPositions(definition.defaultLayout);
      setEdited(null);
      setAnnouncement(t("dashboards.layout.resetDone"));
    } catch (error) {
      setAnnouncement(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const back = () => {
    const to = sessionStorage.getItem(BACK_KEY);
    navigate(to?.startsWith("/") && !to.startsWith("/d/") ? to : "/");
  };

  if (loadError) {
    return (
      <main className="dashboard-page">
        <p className="form-error" role="alert">
          {t("dashboards.failed", { reason: loadError })}
        </p>
      </main>
    );
  }
  if (!definitions) {
    return (
      <main className="dashboard-page">
        <p role="status">{t("dashboards.loading")}</p>
      </main>
    );
  }

  const others = definitions.filter((candidate) => candidate.slug !== slug);
  const units = [...scopes.units].sort((a, b) => a[1].localeCompare(b[1]));
  const projects = [...scopes.projects]
    .filter(([, project]) => !filters.businessUnitId || project.businessUnitId === filters.businessUnitId)
    .sort((a, b) => a[1].name.localeCompare(b[1].name));
  const ordered = [...layout].sort((a, b) => a.y - b.y || a.x - b.x);

  return (
    <main className="dashboard-page">
      <header className="dashboard-page__header">
        <button type="button" className="button button--ghost button--small" onClick={back}>
          <span aria-hidden="true">← </span>
          {t("dashboards.back")}
        </button>
        <div className="dashboard-page__heading">
          <h1>{definition?.title ?? slug}</h1>
          {definition && <p className="dashboard-page__lead">{definition.description}</p>}
        </div>
        <nav className="dashboard-page__others" aria-label={t("dashboards.others")}>
          <ul>
            {others.map((other) => (
              <li key={other.slug}>
                <a
                  href={dashboardPath(other.slug, { period: filters.period })}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(dashboardPath(other.slug, { period: filters.period }));
                  }}
                >
                  {other.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      {!definition ? (
        <p className="form-error" role="alert">
          {t("dashboards.notFound", { slug })}
        </p>
      ) : (
        <>
          <div className="dashboard-toolbar">
            <fieldset className="dashboard-filters">
              <legend className="visually-hidden">{t("dashboards.filters.label")}</legend>
              <label>
                <span>{t("dashboards.filters.period")}</span>
                <select
                  value={filters.period}
                  onChange={(event) => setFilters({ ...filters, period: event.target.value as Period })}
                >
                  {PERIODS.map((period) => (
                    <option key={period} value={period}>
                      {t(`dashboards.filters.periods.${period}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <span>{t("dashboards.filters.businessUnit")}</span>
                <select
                  value={filters.businessUnitId ?? ""}
                  onChange={(event) =>
                    setFilters({ period: filters.period, businessUnitId: event.target.value || undefined })
                  }
                >
                  <option value="">{t("dashboards.filters.allUnits")}</option>
                  {units.map(([id, name]) => (
                    <option key={id} value={id}>
                      {name}
                    </option>
                  ))}
                  {filters.businessUnitId && !scopes.units.has(filters.businessUnitId) && (
                    <option value={filters.businessUnitId}>…</option>
                  )}
                </select>
              </label>
              <label>
                <span>{t("dashboards.filters.project")}</span>
                <select
                  value={filters.projectId ?? ""}
                  onChange={(event) => {
                    const projectId = event.target.value || undefined;
                    const unit = projectId ? scopes.projects.get(projectId)?.businessUnitId : undefined;
                    setFilters({
                      period: filters.period,
                      businessUnitId: filters.businessUnitId ?? unit,
                      projectId,
                    });
                  }}
                >
                  <option value="">{t("dashboards.filters.allProjects")}</option>
                  {projects.map(([id, project]) => (
                    <option key={id} value={id}>
                      {project.name}
                    </option>
                  ))}
                  {filters.projectId && !scopes.projects.has(filters.projectId) && (
                    <option value={filters.projectId}>…</option>
                  )}
                </select>
              </label>
              {(filters.businessUnitId || filters.projectId) && (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => setFilters({ period: filters.period })}
                >
                  {t("dashboards.filters.clear")}
                </button>
              )}
              {span && (
                <span className="dashboard-filters__window">
                  {t("dashboards.window", {
                    from: date.format(new Date(`${span.from}T00:00:00Z`)),
                    to: date.format(new Date(`${span.to}T00:00:00Z`)),
                  })}
                </span>
              )}
            </fieldset>
            <div className="dashboard-layout-actions">
              {dirty && <span className="badge badge--waiting">{t("dashboards.layout.unsaved")}</span>}
              <button
                type="button"
                className="button button--secondary button--small"
                aria-pressed={editing}
                onClick={() => setEditing((value) => !value)}
              >
                {editing ? t("dashboards.layout.done") : t("dashboards.layout.edit")}
              </button>
              <button
                type="button"
                className="button button--primary button--small"
                disabled={!dirty || busy}
                onClick={() => void save()}
              >
                {busy ? t("dashboards.layout.saving") : t("dashboards.layout.save")}
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                disabled={busy}
                onClick={() => void reset()}
              >
                {t("dashboards.layout.reset")}
              </button>
            </div>
          </div>
          <p className="dashboard-page__hint">{t("dashboards.drill.hint")}</p>
          <p className="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </p>
          <div className={`dashboard-grid${editing ? " is-editing" : ""}`} ref={grid}>
            {ordered.map((placement) => {
              const tile = definition.widgets.find((widget) => widget.id === placement.widgetId);
              if (!tile) return null;
              const state = widgets[tile.id] ?? { status: "loading" };
              const title = state.status === "ready" ? state.result.title : tile.id;
              return (
                <div
                  key={tile.id}
                  className="dashboard-grid__cell"
                  style={
                    {
                      "--x": placement.x + 1,
                      "--y": placement.y + 1,
                      "--w": placement.w,
                      "--h": placement.h,
                    } as CSSProperties
                  }
                >
                  <WidgetCard
                    widgetId={tile.id}
                    kind={tile.kind}
                    title={title}
                    state={state}
                    placement={placement}
                    editing={editing}
                    onRetry={() => fetchWidget(tile.id)}
                    onFilter={onFilter}
                    onNudge={(delta) => change(tile.id, delta)}
                    onDragStart={(start) => {
                      drag.current = { ...start, widgetId: tile.id, from: placement, base: layout };
                    }}
                    onDragMove={onDragMove}
                    onDragEnd={() => {
                      drag.current = null;
                    }}
                  />
                </div>
              );
            })}
          </div>
        </>
      )}
    </main>
  );
}
