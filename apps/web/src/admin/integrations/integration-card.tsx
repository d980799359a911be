import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import type { Integration } from "../admin-types.ts";
import { ConfirmButton } from "../confirm-button.tsx";
import { StatusMessage } from "../status-message.tsx";
import { type Outcome, useAction } from "../use-action.ts";
import { IntegrationForm } from "./integration-form.tsx";

/**
 * One integration: connected or not, whether its credentials are saved (never them), the last test, and Connect,
 * Test connection, Change settings and Disconnect (which asks first). `onChanged` hears what was done, in words.
 */
export function IntegrationCard({
  integration,
  onChanged,
  onTested,
}: {
  integration: Integration;
  onChanged(text: string): void;
  /** The test's outcome is recorded on the connection: read it again for the "last test" badge. */
  onTested(): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, outcome, run } = useAction();
  const [editing, setEditing] = useState(false);
  const [test, setTest] = useState<Outcome>(null);
  const { id, name, connection } = integration;
  const headingId = `integration-${id}`;

  const runTest = async () => {
    setTest(null);
    await run(
      () => api.post<{ result: { ok: boolean; message: string } }>(`/v1/integrations/${id}/test`),
      ({ result }) => {
        const text = t(result.ok ? "admin.integrations.testOk" : "admin.integrations.testFailed", {
          message: result.message,
        });
        setTest({ text, tone: result.ok ? "done" : "failed" });
        return text;
      },
    );
    onTested();
  };
  const disconnect = async () => {
    setTest(null);
    const done = t("admin.integrations.disconnected", { name });
    if (await run(() => api.delete(`/v1/integrations/${id}/connection`), done)) onChanged(done);
  };

  return (
    <article className="admin-card" aria-labelledby={headingId}>
      <div className="admin-provider__head">
        <h3 id={headingId}>{name}</h3>
        <span className={`badge ${connection ? "badge--done" : "badge--waiting"}`}>
          {connection ? t("admin.integrations.connected") : t("admin.integrations.notConnected")}
        </span>
        {connection && <span className="badge badge--done">{t("admin.integrations.credentialsSaved")}</span>}
        {connection && connection.lastTestOk !== null && (
          <span className={`badge ${connection.lastTestOk ? "badge--done" : "badge--failed"}`}>
            {connection.lastTestOk
              ? t("admin.integrations.lastTestOk")
              : t("admin.integrations.lastTestFailed")}
          </span>
        )}
      </div>
      <p className="admin-muted">
        {t(`admin.integrations.descriptions.${id}`, { defaultValue: integration.description })}
      </p>
      {integration.tools.length > 0 && (
        <p className="admin-muted admin-hint">
          {t("admin.integrations.tools", { tools: integration.tools.map((tool) => tool.name).join(", ") })}
        </p>
      )}
      {editing ? (
        <IntegrationForm
          integration={integration}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setTest(null);
            onChanged(t("admin.integrations.saved", { name }));
          }}
        />
      ) : (
        <>
          {/* The test's answer stays on the card; a refused request (not the service's answer) is the action's. */}
          <StatusMessage text={test?.text ?? null} tone={test?.tone} />
          {outcome?.tone === "failed" && !test && <StatusMessage text={outcome.text} tone="failed" />}
          <div className="admin-form__actions">
            {connection ? (
              <>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t("admin.integrations.testNamed", { name })}
                  disabled={busy}
                  onClick={() => void runTest()}
                >
                  {busy ? t("admin.integrations.testing") : t("admin.integrations.test")}
                </button>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-label={t("admin.integrations.changeNamed", { name })}
                  onClick={() => setEditing(true)}
                >
                  {t("admin.integrations.change")}
                </button>
                <ConfirmButton
                  label={t("admin.integrations.disconnect")}
                  namedLabel={t("admin.integrations.disconnectNamed", { name })}
                  question={t("admin.integrations.confirmDisconnect", { name })}
                  busy={busy}
                  onConfirm={() => void disconnect()}
                />
              </>
            ) : (
              <button
                type="button"
                className="button button--primary button--small"
                aria-label={t("admin.integrations.connectNamed", { name })}
                onClick={() => setEditing(true)}
              >
                {t("admin.integrations.connect")}
              </button>
            )}
          </div>
        </>
      )}
    </article>
  );
}
