import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { AdminTable } from "../admin-table.tsx";
import { StatusMessage } from "../status-message.tsx";
import { useAction } from "../use-action.ts";
import type { Datasource, DatasourceQueryResult } from "./datasource-types.ts";

/** A small SQL box: one SELECT against the datasource, its rows as a table (or why it was refused). */
export function QueryBox({ datasource }: { datasource: Datasource }) {
  const { t } = useTranslation();
  const api = useApi();
  const inputId = useId();
  const hintId = useId();
  const { busy, outcome, run } = useAction();
  const [sql, setSql] = useState("");
  const [result, setResult] = useState<DatasourceQueryResult | null>(null);
  const { name } = datasource;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    await run(
      () => api.post<DatasourceQueryResult>(`/v1/datasources/${datasource.id}/query`, { sql }),
      (answer) => {
        setResult(answer);
        return answer.truncated
          ? t("admin.datasources.truncated", { count: answer.rows.length })
          : t("admin.datasources.rows", { count: answer.rows.length });
      },
    );
  };

  return (
    <form className="admin-subcard admin-form" onSubmit={(event) => void submit(event)}>
      <label className="field" htmlFor={inputId}>
        <span className="field__label">{t("admin.datasources.queryLabel", { name })}</span>
      </label>
      <textarea
        id={inputId}
        className="admin-sql"
        rows={3}
        spellCheck={false}
        aria-describedby={hintId}
        value={sql}
        onChange={(event) => setSql(event.target.value)}
      />
      <span id={hintId} className="admin-muted admin-hint">
        {t("admin.datasources.queryHint")}
      </span>
      <div className="admin-form__actions">
        <button
          type="submit"
          className="button button--secondary button--small"
          aria-label={t("admin.datasources.runNamed", { name })}
          disabled={busy || sql.trim() === ""}
        >
          {busy ? t("admin.datasources.running") : t("admin.datasources.run")}
        </button>
      </div>
      <StatusMessage text={outcome?.text ?? null} tone={outcome?.tone} />
      {result && result.columns.length > 0 && (
        <AdminTable label={t("admin.datasources.resultLabel", { name })} columns={result.columns}>
          {result.rows.map((row, rowIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of a query result have no identity of their own.
            <tr key={rowIndex}>
              {row.map((cell, cellIndex) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional.
                <td key={cellIndex}>{cell === null ? "" : String(cell)}</td>
              ))}
            </tr>
          ))}
        </AdminTable>
      )}
    </form>
  );
}
