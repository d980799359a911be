import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Integration } from "../admin-types.ts";
import { LoadState } from "../load-state.tsx";
import { StatusMessage } from "../status-message.tsx";
import { useAdminQuery } from "../use-admin-query.ts";
import { IntegrationCard } from "./integration-card.tsx";

/** Integrations (Jira, Slack …): connect one with its settings and credentials, test it, disconnect it. */
export default function IntegrationsSection() {
  const { t } = useTranslation();
  const integrations = useAdminQuery<{ integrations: Integration[] }>("/v1/integrations");
  const [done, setDone] = useState<string | null>(null);
  const changed = (text: string) => {
    setDone(text);
    integrations.reload();
  };
  return (
    <>
      <div className="admin-page__head">
        <h1>{t("admin.sections.integrations.title")}</h1>
        <p className="admin-muted">{t("admin.sections.integrations.description")}</p>
      </div>
      <StatusMessage text={done} />
      <section className="admin-stack" aria-labelledby="admin-integrations-list">
        <h2 id="admin-integrations-list">{t("admin.integrations.listHeading")}</h2>
        <LoadState
          loading={integrations.loading && !integrations.data}
          error={integrations.error}
          onRetry={integrations.reload}
        />
        {integrations.data?.integrations.length === 0 && (
          <p className="admin-muted">{t("admin.integrations.none")}</p>
        )}
        {integrations.data?.integrations.map((integration) => (
          <IntegrationCard
            key={integration.id}
            integration={integration}
            onChanged={changed}
            onTested={integrations.reload}
          />
        ))}
      </section>
    </>
  );
}
