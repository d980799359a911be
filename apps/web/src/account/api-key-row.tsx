import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import { focusOnMount } from "../app/focus-on-mount.ts";
import { useFormat } from "../i18n/use-format.ts";
import type { ApiKey } from "./api-key.ts";
import { FormError } from "./form-error.tsx";
import { useFormAction } from "./use-form-action.ts";

/** One key: name, prefix, dates, and revoking it after a confirmation. */
export function ApiKeyRow({ apiKey, onRevoked }: { apiKey: ApiKey; onRevoked: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const { busy, error, run } = useFormAction();
  const [confirming, setConfirming] = useState(false);
  const expired = apiKey.expiresAt !== null && new Date(apiKey.expiresAt).getTime() < Date.now();

  const revoke = () =>
    run(async () => {
      await api.delete(`/v1/api-keys/${apiKey.id}`);
      onRevoked();
    });

  return (
    <li className="account__row">
      <div className="account__row-main">
        <p className="account__row-title">
          {apiKey.name}
          {apiKey.kind !== "personal" && (
            <span className="badge badge--busy">{t("accountPage.apiKeys.service")}</span>
          )}
          {expired && <span className="badge badge--failed">{t("accountPage.apiKeys.expired")}</span>}
        </p>
        <p className="account__row-meta">
          {[
            `${t("accountPage.apiKeys.prefix")}: ${apiKey.prefix}…`,
            `${t("accountPage.apiKeys.created")}: ${format.dateTime(apiKey.createdAt)}`,
            `${t("accountPage.apiKeys.lastUsed")}: ${
              apiKey.lastUsedAt ? format.ago(apiKey.lastUsedAt) : t("accountPage.apiKeys.notUsed")
            }`,
            `${t("accountPage.apiKeys.expires")}: ${
              apiKey.expiresAt ? format.dateTime(apiKey.expiresAt) : t("accountPage.apiKeys.noExpiry")
            }`,
          ].join(" · ")}
        </p>
        <FormError message={error} />
        {confirming && (
          <div className="account__confirm">
            <p>{t("accountPage.apiKeys.confirmRevoke", { name: apiKey.name })}</p>
            <div className="account__actions">
              <button
                type="button"
                className="button button--danger button--small"
                ref={focusOnMount}
                disabled={busy}
                onClick={() => void revoke()}
              >
                {t("accountPage.apiKeys.confirm")}
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={busy}
                onClick={() => setConfirming(false)}
              >
                {t("common.cancel")}
              </button>
            </div>
          </div>
        )}
      </div>
      {!confirming && (
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={t("accountPage.apiKeys.revokeNamed", { name: apiKey.name })}
          onClick={() => setConfirming(true)}
        >
          {t("accountPage.apiKeys.revoke")}
        </button>
      )}
    </li>
  );
}
