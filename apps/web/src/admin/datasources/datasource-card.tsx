import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { ConfirmButton } from "../confirm-button.tsx";
import { StatusMessage } from "../status-message.tsx";
import { type Outcome, useAction } from "../use-action.ts";
import type { Datasource, DatasourceTestResult } from "./datasource-types.ts";
import { QueryBox } from "./query-box.tsx";
import { SchemaBrowser } from "./schema-browser.tsx";

/** One datasource: its kind and last test, then Test connection, Show tables, a query box and Delete. */
export function DatasourceCard({
  datasource,
  onChanged,
  onTested,
}: {
  datasource: Datasource;
  onChanged(text: string): void;
  onTested(): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, outcome, run } = useAction();
  const [test, setTest] = useState<Outcome>(null);
  const [showSchema, setShowSchema] = useState(false);
  const { id, name, kind } = datasource;
  const headingId = `datasource-${id}`;

  const runTest = async () => {
    setTest(null);
    await run(
      () => api.post<{ result: DatasourceTestResult }>(`/v1/datasources/${id}/test`),
      ({ result }) => {
        const key = !result.ok
          ? "admin.datasources.testFailed"
          : result.readOnly === false
            ? "admin.datasources.testWarning"
            : "admin.datasources.testOk";
        const text = t(key, { message: result.message });
        setTest({ text, tone: result.ok ? "done" : "failed" });
        return text;
      },
    );
    onTested();
  };
  const remove = async () => {
    const done = t("admin.datasources.deleted", { name });
    if (await run(() => api.delete(`/v1/datasources/${id}`), done)) onChanged(done);
  };

  return (
    <article className="admin-card" aria-labelledby={headingId}>
      <div className="admin-provider__head">
        <h3 id={headingId}>{name}</h3>
        <span className="badge">{t(`admin.datasources.kinds.${kind}`, { defaultValue: kind })}</span>
        <span
          className={`badge ${
            datasource.lastTestOk === null
              ? "badge--waiting"
              : datasource.lastTestOk
                ? "badge--done"
                : "badge--failed"
          }`}
        >
          {datasource.lastTestOk === null
            ? t("admin.datasources.neverTested")
            : datasource.lastTestOk
              ? t("admin.datasources.lastTestOk")
              : t("admin.datasources.lastTestFailed")}
        </span>
      </div>
      {datasource.lastTestMessage && !test && <p className="admin-muted">{datasource.lastTestMessage}</p>}
      <StatusMessage text={test?.text ?? null} tone={test?.tone} />
      {outcome?.tone === "failed" && !test && <StatusMessage text={outcome.text} tone="failed" />}
      <div className="admin-form__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={t("admin.datasources.testNamed", { name })}
          disabled={busy}
          onClick={() => void runTest()}
        >
          {busy ? t("admin.datasources.testing") : t("admin.datasources.test")}
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          aria-label={showSchema ? undefined : t("admin.datasources.showSchemaNamed", { name })}
          aria-expanded={showSchema}
          onClick={() => setShowSchema((current) => !current)}
        >
          {showSchema ? t("admin.datasources.hideSchema") : t("admin.datasources.showSchema")}
        </button>
        <ConfirmButton
          label={t("admin.datasources.delete")}
          namedLabel={t("admin.datasources.deleteNamed", { name })}
          question={t("admin.datasources.confirmDelete", { name })}
          busy={busy}
          onConfirm={() => void remove()}
        />
      </div>
      {showSchema && <SchemaBrowser datasource={datasource} />}
      <QueryBox datasource={datasource} />
    </article>
  );
}
