import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { CopyTextButton } from "../../account/copy-text-button.tsx";
import { useApi } from "../../api/api-context.tsx";
import { useErrorText } from "../../api/use-error-text.ts";
import { useFormat } from "../../i18n/use-format.ts";
import type { ArtifactRef } from "../artifact-ref.ts";
import { ContentState } from "../content-state.tsx";
import { useApiResource } from "../use-api-resource.ts";

/** The expiry choices, in seconds (the server allows up to 90 days). */
const EXPIRIES = { hour: 3_600, day: 86_400, week: 7 * 86_400, month: 30 * 86_400 } as const;
type Expiry = keyof typeof EXPIRIES;

interface ShareLinkView {
  id: string;
  version: number | null;
  scope: "tenant" | "public";
  createdAt: string;
  expiresAt: string;
  status: "active" | "revoked" | "expired";
}

/**
 * Share links for the version shown: make one (who may open it, when it expires), copy its URL (the server shows
 * it once, so it is kept only until the panel moves on), and see and revoke the existing ones.
 */
export function ShareLinks({ artifact }: { artifact: ArtifactRef }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const errorText = useErrorText();
  const scopeId = useId();
  const expiryId = useId();
  const urlId = useId();
  const { state, reload } = useApiResource<{ shares: ShareLinkView[] }>(
    `/v1/artifacts/${artifact.id}/shares`,
  );
  const [scope, setScope] = useState<"tenant" | "public">("public");
  const [expiry, setExpiry] = useState<Expiry>("week");
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    try {
      await work();
      reload();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const share = await api.post<{ id: string; url: string }>(`/v1/artifacts/${artifact.id}/shares`, {
        scope,
        version: artifact.version,
        expiresInSeconds: EXPIRIES[expiry],
      });
      setCreated(new URL(share.url, location.origin).href);
    });
  };

  const revoke = (share: ShareLinkView) =>
    void run(async () => {
      await api.request("DELETE", `/v1/artifacts/${artifact.id}/shares/${share.id}`);
      setNotice(t("artifactPanel.sharePanel.revoked"));
    });

  const scopeText = (value: "tenant" | "public") =>
    value === "public"
      ? t("artifactPanel.sharePanel.scopePublic")
      : t("artifactPanel.sharePanel.scopeTenant");

  return (
    <div className="share-links">
      <h3 className="artifact-section__heading">{t("artifactPanel.sharePanel.heading")}</h3>
      <form className="share-links__form" onSubmit={create}>
        <label htmlFor={scopeId}>{t("artifactPanel.sharePanel.scope")}</label>
        <select
          id={scopeId}
          value={scope}
          onChange={(event) => setScope(event.target.value === "tenant" ? "tenant" : "public")}
        >
          <option value="public">{scopeText("public")}</option>
          <option value="tenant">{scopeText("tenant")}</option>
        </select>
        <label htmlFor={expiryId}>{t("artifactPanel.sharePanel.expiry")}</label>
        <select id={expiryId} value={expiry} onChange={(event) => setExpiry(event.target.value as Expiry)}>
          {(Object.keys(EXPIRIES) as Expiry[]).map((key) => (
            <option key={key} value={key}>
              {t(`artifactPanel.sharePanel.expiries.${key}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {busy ? t("artifactPanel.sharePanel.creating") : t("artifactPanel.sharePanel.create")}
        </button>
      </form>
      {created && (
        <div className="share-links__created" role="status">
          <p>{t("artifactPanel.sharePanel.created")}</p>
          <label htmlFor={urlId} className="visually-hidden">
            {t("artifactPanel.sharePanel.url")}
          </label>
          <input id={urlId} className="share-links__url" readOnly value={created} />
          <CopyTextButton text={created} label={t("artifactPanel.sharePanel.copy")} />
        </div>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      {notice && (
        <p className="artifact-state" role="status">
          {notice}
        </p>
      )}
      {state.status === "loading" && (
        <p className="artifact-state" role="status">
          {t("artifactPanel.sharePanel.loading")}
        </p>
      )}
      {state.status === "error" && <ContentState state={state} />}
      {state.status === "ready" && state.data.shares.length === 0 && (
        <p className="artifact-state">{t("artifactPanel.sharePanel.none")}</p>
      )}
      {state.status === "ready" && state.data.shares.length > 0 && (
        <ul className="share-links__list">
          {state.data.shares.map((share) => (
            <li key={share.id} className="share-links__item" data-share-status={share.status}>
              <span>
                <span className="share-links__status">
                  {t(`artifactPanel.sharePanel.status.${share.status}`)}
                </span>
                {" · "}
                {t("artifactPanel.sharePanel.linkLabel", {
                  scope: scopeText(share.scope),
                  expires: format.dateTime(share.expiresAt),
                })}
              </span>
              {share.status === "active" && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={busy}
                  aria-label={t("artifactPanel.sharePanel.revokeNamed", {
                    created: format.dateTime(share.createdAt),
                  })}
                  onClick={() => revoke(share)}
                >
                  {t("artifactPanel.sharePanel.revoke")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
