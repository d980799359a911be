import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadState } from "../load-state.tsx";
import { StatusMessage } from "../status-message.tsx";
import { useAdminQuery } from "../use-admin-query.ts";
import { DatasourceCard } from "./datasource-card.tsx";
import type { Datasource, DatasourceKindInfo } from "./datasource-types.ts";
import { PostgresForm } from "./postgres-form.tsx";
import "./datasources.css";

/**
 * Datasources: connect a PostgreSQL database from a form, test it, browse its tables, try a SELECT, delete it. The
 * kinds that are only declared are listed, disabled, with what to do instead.
 */
export default function DatasourcesSection() {
  const { t } = useTranslation();
  const listing = useAdminQuery<{ kinds: DatasourceKindInfo[]; datasources: Datasource[] }>(
    "/v1/datasources",
  );
  const [done, setDone] = useState<string | null>(null);
  const changed = (text: string) => {
    setDone(text);
    listing.reload();
  };
  return (
    <>
      <div className="admin-page__head">
        <h1>{t("admin.sections.datasources.title")}</h1>
        <p className="admin-muted">{t("admin.sections.datasources.description")}</p>
      </div>
      <StatusMessage text={done} />
      <PostgresForm onConnected={(name) => changed(t("admin.datasources.connected", { name }))} />
      <section className="admin-stack" aria-labelledby="admin-datasources-list">
        <h2 id="admin-datasources-list">{t("admin.datasources.listHeading")}</h2>
        <LoadState
          loading={listing.loading && !listing.data}
          error={listing.error}
          onRetry={listing.reload}
        />
        {listing.data?.datasources.length === 0 && (
          <p className="admin-muted">{t("admin.datasources.none")}</p>
        )}
        {listing.data?.datasources.map((datasource) => (
          <DatasourceCard
            key={datasource.id}
            datasource={datasource}
            onChanged={changed}
            onTested={listing.reload}
          />
        ))}
      </section>
      <section className="admin-stack" aria-labelledby="admin-datasource-kinds">
        <h2 id="admin-datasource-kinds">{t("admin.datasources.kindsHeading")}</h2>
        <ul className="admin-kinds">
          {listing.data?.kinds.map((kind) => (
            <li key={kind.kind} className="admin-card" aria-disabled={kind.built ? undefined : true}>
              <div className="admin-provider__head">
                <h3>{t(`admin.datasources.kinds.${kind.kind}`, { defaultValue: kind.label })}</h3>
                {!kind.built && (
                  <span className="badge badge--waiting">{t("admin.datasources.notBuilt")}</span>
                )}
              </div>
              <p className="admin-muted">
                {t(`admin.datasources.kindDescriptions.${kind.kind}`, { defaultValue: kind.description })}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
