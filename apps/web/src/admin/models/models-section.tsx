import { useTranslation } from "react-i18next";
import type { ModelPolicy, ModelProvider } from "../admin-types.ts";
import { ConnectionsPage } from "../connections-page.tsx";
import { LoadState } from "../load-state.tsx";
import { useAdminQuery } from "../use-admin-query.ts";
import { ModelPolicyForm } from "./model-policy-form.tsx";
import { ProviderCard } from "./provider-card.tsx";
import { ProviderForm } from "./provider-form.tsx";

/** Model providers (keys write-only) and the tenant's model policy. */
export default function ModelsSection() {
  const { t } = useTranslation();
  const providers = useAdminQuery<{ providers: ModelProvider[] }>("/v1/models/providers");
  const policy = useAdminQuery<{ policy: ModelPolicy }>("/v1/models/policy");
  return (
    <ConnectionsPage
      title={t("admin.sections.models.title")}
      description={t("admin.sections.models.description")}
      addLabel={t("admin.models.add")}
      listHeading={t("admin.models.providersHeading")}
      emptyText={t("admin.models.none")}
      items={{ ...providers, data: providers.data?.providers }}
      renderForm={({ onAdded, onCancel }) => (
        <ProviderForm onCancel={onCancel} onAdded={(name) => onAdded(t("admin.models.added", { name }))} />
      )}
      renderItem={(provider, onChanged) => (
        <ProviderCard key={provider.id} provider={provider} onChanged={onChanged} />
      )}
    >
      <LoadState loading={policy.loading && !policy.data} error={policy.error} onRetry={policy.reload} />
      {policy.data && (
        <ModelPolicyForm policy={policy.data.policy} providers={providers.data?.providers ?? []} />
      )}
    </ConnectionsPage>
  );
}
