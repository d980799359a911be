import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import type { PrivacyPolicy } from "../admin-types.ts";
import { FormActions } from "../form-actions.tsx";
import { LoadState } from "../load-state.tsx";
import { useAction } from "../use-action.ts";
import { useAdminQuery } from "../use-admin-query.ts";
import { type PiiKindName, piiKindNames } from "./pii-kind-names.ts";

type Rule = keyof PrivacyPolicy;
const rules = ["redactInput", "filterOutput"] as const satisfies readonly Rule[];

/**
 * The privacy policy: which kinds of personal data are replaced by placeholders before a prompt leaves for an
 * external model, and which are taken out of answers. The kinds are the ones the API says it detects.
 */
export function PrivacyPolicyForm() {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, outcome, run } = useAction();
  const stored = useAdminQuery<{ policy: PrivacyPolicy; kinds: string[] }>("/v1/privacy/policy");
  const [policy, setPolicy] = useState<PrivacyPolicy | null>(null);
  useEffect(() => setPolicy(stored.data?.policy ?? null), [stored.data]);

  const kinds = stored.data?.kinds ?? [];
  const kindLabel = (kind: string) =>
    piiKindNames.includes(kind as PiiKindName) ? t(`admin.instructions.kinds.${kind as PiiKindName}`) : kind;

  const setRule = (rule: Rule, change: Partial<PrivacyPolicy[Rule]>) =>
    setPolicy((current) => (current ? { ...current, [rule]: { ...current[rule], ...change } } : current));
  const toggleKind = (rule: Rule, kind: string, on: boolean) => {
    if (!policy) return;
    const chosen = policy[rule].kinds.filter((entry) => entry !== kind);
    setRule(rule, { kinds: on ? kinds.filter((entry) => entry === kind || chosen.includes(entry)) : chosen });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!policy) return;
    await run(async () => {
      const answer = await api.put<{ policy: PrivacyPolicy }>("/v1/privacy/policy", policy);
      setPolicy(answer.policy);
    }, t("admin.saved"));
  };

  return (
    <form
      className="admin-card admin-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="admin-privacy"
    >
      <h2 id="admin-privacy">{t("admin.instructions.privacyHeading")}</h2>
      <LoadState loading={stored.loading && !stored.data} error={stored.error} onRetry={stored.reload} />
      {policy &&
        rules.map((rule) => (
          <fieldset key={rule} className="admin-fieldset">
            <legend>{t(`admin.instructions.${rule}.title`)}</legend>
            <p className="admin-muted">{t(`admin.instructions.${rule}.explain`)}</p>
            <label className="admin-check">
              <input
                type="checkbox"
                checked={policy[rule].enabled}
                onChange={(event) => setRule(rule, { enabled: event.target.checked })}
              />
              {t(`admin.instructions.${rule}.enable`)}
            </label>
            <fieldset className="admin-kinds">
              <legend className="visually-hidden">{t(`admin.instructions.${rule}.kinds`)}</legend>
              {kinds.map((kind) => {
                const alwaysOn = rule === "filterOutput" && kind === "secret";
                return (
                  <label key={kind} className="admin-check">
                    <input
                      type="checkbox"
                      disabled={!policy[rule].enabled}
                      checked={policy[rule].kinds.includes(kind)}
                      onChange={(event) => toggleKind(rule, kind, event.target.checked)}
                    />
                    {kindLabel(kind)}
                    {alwaysOn && (
                      <span className="admin-muted"> — {t("admin.instructions.secretAlways")}</span>
                    )}
                  </label>
                );
              })}
            </fieldset>
          </fieldset>
        ))}
      <FormActions
        outcome={outcome}
        busy={busy}
        submitLabel={t("admin.instructions.savePrivacy")}
        disabled={!policy}
      />
    </form>
  );
}
