import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { LoadState } from "../load-state.tsx";
import { StatusMessage } from "../status-message.tsx";
import { useAction } from "../use-action.ts";
import { useAdminQuery } from "../use-admin-query.ts";

/**
 * The tenant's two-factor policy: one switch. Flipping it asks first, in place, saying what changes for members;
 * only the confirmation writes (`PUT /v1/policies/mfa`).
 */
export default function TwoFactorSection() {
  const { t } = useTranslation();
  const api = useApi();
  const policy = useAdminQuery<{ required: boolean }>("/v1/policies/mfa");
  const { busy, outcome, run } = useAction();
  const [asking, setAsking] = useState<boolean | null>(null);
  const hintId = useId();
  const required = policy.data?.required;

  const confirm = async (value: boolean) => {
    setAsking(null);
    const saved = await run(
      () => api.put("/v1/policies/mfa", { required: value }),
      t(value ? "admin.twoFactor.on" : "admin.twoFactor.off"),
    );
    if (saved) policy.reload();
  };

  return (
    <>
      <div className="admin-page__head">
        <h1>{t("admin.sections.two-factor.title")}</h1>
        <p className="admin-muted">{t("admin.sections.two-factor.description")}</p>
      </div>
      <LoadState loading={policy.loading && !policy.data} error={policy.error} onRetry={policy.reload} />
      {required !== undefined && (
        <section className="admin-card" aria-labelledby="admin-two-factor-policy">
          <div className="admin-provider__head">
            <h2 id="admin-two-factor-policy">{t("admin.twoFactor.heading")}</h2>
            <span className={`badge ${required ? "badge--done" : "badge--waiting"}`}>
              {required ? t("admin.twoFactor.stateOn") : t("admin.twoFactor.stateOff")}
            </span>
          </div>
          <label className="admin-check">
            <input
              type="checkbox"
              role="switch"
              checked={asking ?? required}
              aria-checked={asking ?? required}
              aria-describedby={hintId}
              disabled={busy}
              // Flipping it back before confirming withdraws the question.
              onChange={(event) => setAsking(event.target.checked === required ? null : event.target.checked)}
            />
            {t("admin.twoFactor.switch")}
          </label>
          <p id={hintId} className="admin-muted admin-hint">
            {t("admin.twoFactor.consequence")}
          </p>
          {asking !== null && (
            <div className="admin-confirm">
              <span>{asking ? t("admin.twoFactor.askOn") : t("admin.twoFactor.askOff")}</span>
              <button
                type="button"
                className="button button--primary button--small"
                onClick={() => void confirm(asking)}
              >
                {asking ? t("admin.twoFactor.turnOn") : t("admin.twoFactor.turnOff")}
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setAsking(null)}
              >
                {t("common.cancel")}
              </button>
            </div>
          )}
          <StatusMessage text={outcome?.text ?? null} tone={outcome?.tone} />
        </section>
      )}
    </>
  );
}
