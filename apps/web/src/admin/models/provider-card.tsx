import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { AdminTable } from "../admin-table.tsx";
import type { ModelProvider } from "../admin-types.ts";
import { ConnectionCard } from "../connection-card.tsx";

/** One provider: its models, whether a key is stored (never the key), enable/disable and delete. */
export function ProviderCard({
  provider,
  onChanged,
}: {
  provider: ModelProvider;
  onChanged(text: string): void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const price = useMemo(
    () =>
      new Intl.NumberFormat(i18n.language, { style: "currency", currency: "USD", maximumFractionDigits: 4 }),
    [i18n.language],
  );

  return (
    <ConnectionCard
      id={provider.id}
      name={provider.name}
      kindLabel={t(`admin.models.kinds.${provider.kind}`, provider.kind)}
      secretLabel={provider.hasApiKey ? t("admin.models.keySet") : t("admin.models.noKey")}
      secretStored={provider.hasApiKey}
      enabled={provider.enabled}
      deleteQuestion={t("admin.models.confirmDelete", { name: provider.name })}
      // A PUT without apiKey keeps the stored key: only the switch changes.
      onToggle={() =>
        api.put(`/v1/models/providers/${provider.id}`, {
          kind: provider.kind,
          name: provider.name,
          baseUrl: provider.baseUrl ?? undefined,
          models: provider.models,
          enabled: !provider.enabled,
          priority: provider.priority,
        })
      }
      onDelete={() => api.delete(`/v1/models/providers/${provider.id}`)}
      onChanged={onChanged}
    >
      {provider.baseUrl && (
        <p className="admin-muted">
          {t("admin.models.baseUrl")}: <code>{provider.baseUrl}</code>
        </p>
      )}
      <AdminTable
        label={t("admin.models.modelsOf", { name: provider.name })}
        columns={[
          t("admin.models.model"),
          t("admin.models.sizeHeader"),
          t("admin.models.where"),
          t("admin.models.inputPriceHeader"),
          t("admin.models.outputPriceHeader"),
        ]}
      >
        {provider.models.map((model) => (
          <tr key={model.id}>
            <td>
              <code>{model.id}</code>
              {model.label ? ` · ${model.label}` : ""}
            </td>
            <td>{t(`admin.models.sizes.${model.size}`)}</td>
            <td>{model.local ? t("admin.models.local") : t("admin.models.external")}</td>
            <td>{model.inputCostPerMillion === undefined ? "—" : price.format(model.inputCostPerMillion)}</td>
            <td>
              {model.outputCostPerMillion === undefined ? "—" : price.format(model.outputCostPerMillion)}
            </td>
          </tr>
        ))}
      </AdminTable>
    </ConnectionCard>
  );
}
