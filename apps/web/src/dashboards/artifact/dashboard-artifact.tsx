import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ArtifactRendererProps } from "../../artifacts/artifact-renderer.ts";
import { ContentState } from "../../artifacts/content-state.tsx";
import { useArtifactText } from "../../artifacts/use-artifact-text.ts";
import { dashboardPath, filtersFromSearch } from "../dashboard-api.ts";
import { openDashboard } from "../open-dashboard.ts";

interface Content {
  slug: string;
  title: string;
  filters?: Record<string, string>;
  widgets?: { id: string; title: string }[];
}

/** A dashboard artifact: its widgets and filters, and "Open dashboard" to see it full screen with today's figures. */
export default function DashboardArtifact({ artifact }: ArtifactRendererProps) {
  const { t } = useTranslation();
  const content = useArtifactText(artifact);
  const parsed = useMemo(() => {
    if (content.status !== "ready") return null;
    try {
      const value = JSON.parse(content.text) as Content;
      return typeof value.slug === "string" ? value : null;
    } catch {
      return null;
    }
  }, [content]);
  if (content.status !== "ready") return <ContentState state={content} />;
  if (!parsed) {
    return (
      <p className="artifact-state form-error" role="alert">
        {t("dashboards.notFound", { slug: artifact.title })}
      </p>
    );
  }
  const filters = filtersFromSearch(new URLSearchParams(parsed.filters ?? {}));
  return (
    <div className="dashboard-artifact">
      <p>{t("dashboards.artifact.lead")}</p>
      {filters.period && <p>{t(`dashboards.filters.periods.${filters.period}`)}</p>}
      {parsed.widgets && parsed.widgets.length > 0 && (
        <>
          <h3>{t("dashboards.artifact.widgets")}</h3>
          <ul>
            {parsed.widgets.map((widget) => (
              <li key={widget.id}>{widget.title}</li>
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        className="button button--primary"
        onClick={() => openDashboard(dashboardPath(parsed.slug, filters))}
      >
        {t("dashboards.open")}
      </button>
    </div>
  );
}
