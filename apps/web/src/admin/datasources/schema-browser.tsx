import { useTranslation } from "react-i18next";
import { LoadState } from "../load-state.tsx";
import { useAdminQuery } from "../use-admin-query.ts";
import type { Datasource, DatasourceSchema } from "./datasource-types.ts";

/** The tables the datasource's role can see, each with its columns and their types. */
export function SchemaBrowser({ datasource }: { datasource: Datasource }) {
  const { t } = useTranslation();
  const schema = useAdminQuery<{ schema: DatasourceSchema }>(`/v1/datasources/${datasource.id}/schema`);
  const tables = schema.data?.schema.tables;
  return (
    <section
      className="admin-subcard"
      aria-label={t("admin.datasources.schemaLabel", { name: datasource.name })}
    >
      <LoadState loading={schema.loading && !schema.data} error={schema.error} onRetry={schema.reload} />
      {tables?.length === 0 && <p className="admin-muted">{t("admin.datasources.schemaNone")}</p>}
      <ul className="admin-schema">
        {tables?.map((table) => (
          <li key={`${table.schema}.${table.name}`}>
            <strong>
              {table.schema}.{table.name}
            </strong>{" "}
            <span className="admin-muted">
              {table.columns.map((column) => `${column.name} (${column.type})`).join(", ")}
            </span>
          </li>
        ))}
      </ul>
      {schema.data?.schema.truncated && (
        <p className="admin-muted">{t("admin.datasources.schemaTruncated")}</p>
      )}
    </section>
  );
}
