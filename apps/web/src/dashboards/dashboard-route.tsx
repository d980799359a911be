import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import { useErrorText } from "../api/use-error-text.ts";
import { navigate } from "../app/router.ts";
import { artifactContentUrl } from "../artifacts/artifact-ref.ts";
import { dashboardPath, filtersFromSearch } from "./dashboard-api.ts";
import { followDashboardLinks } from "./open-dashboard.ts";
import "./dashboards.css";

followDashboardLinks();

const DashboardPage = lazy(() => import("./dashboard-page.tsx"));

/** The path that opens a dashboard artifact's version full screen. */
export const dashboardArtifactPath = (artifact: { id: string; version: number }) =>
  `/d/artifact/${artifact.id}?version=${artifact.version}`;

/** A dashboard artifact's content names the dashboard and its filters; open that dashboard with them. */
function ArtifactRedirect({ id, version }: { id: string; version: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    api
      .get<{ slug?: string; filters?: Record<string, string> }>(
        artifactContentUrl({ id, version: Number(version ?? 1) }),
        { signal: controller.signal },
      )
      .then((content) => {
        if (!content.slug) throw new Error(t("dashboards.notFound", { slug: id }));
        const filters = filtersFromSearch(new URLSearchParams(content.filters ?? {}));
        navigate(dashboardPath(content.slug, filters), { replace: true });
      })
      .catch((error: unknown) => !controller.signal.aborted && setFailure(errorText(error)));
    return () => controller.abort();
  }, [api, id, version, errorText, t]);
  return (
    <main className="dashboard-page">
      {failure ? (
        <p className="form-error" role="alert">
          {t("dashboards.failed", { reason: failure })}
        </p>
      ) : (
        <p role="status">{t("dashboards.loading")}</p>
      )}
    </main>
  );
}

/** `/d/<slug>` (filters in the query) and `/d/artifact/<id>?version=n`, Vega loaded only here. */
export function DashboardRoute({ path, search }: { path: string; search: string }) {
  const { t } = useTranslation();
  const artifact = /^artifact\/([0-9a-f-]{36})$/i.exec(path);
  const loading = (
    <main className="dashboard-page">
      <p role="status">{t("dashboards.loading")}</p>
    </main>
  );
  if (artifact?.[1]) {
    return <ArtifactRedirect id={artifact[1]} version={new URLSearchParams(search).get("version")} />;
  }
  return (
    <Suspense fallback={loading}>
      <DashboardPage slug={decodeURIComponent(path)} search={search} />
    </Suspense>
  );
}
