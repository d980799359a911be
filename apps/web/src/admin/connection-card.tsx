import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmButton } from "./confirm-button.tsx";
import { StatusMessage } from "./status-message.tsx";
import { useAction } from "./use-action.ts";

/**
 * A stored connection to an outside service (a model provider, a sign-in provider): its kind, whether a secret
 * is stored (never the secret), whether it is on, a switch and a delete that asks first. `onChanged` hears what
 * was done, in words, once the API agreed.
 */
export function ConnectionCard({
  id,
  name,
  kindLabel,
  secretLabel,
  secretStored,
  enabled,
  deleteQuestion,
  onToggle,
  onDelete,
  onChanged,
  children,
}: {
  id: string;
  name: string;
  kindLabel: string;
  /** "Key set" or "No key", as the screen words it. */
  secretLabel: string;
  secretStored: boolean;
  enabled: boolean;
  deleteQuestion: string;
  onToggle(): Promise<unknown>;
  onDelete(): Promise<unknown>;
  onChanged(text: string): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { busy, outcome, run } = useAction();
  const act = async (action: () => Promise<unknown>, done: string) => {
    if (await run(action, done)) onChanged(done);
  };
  const headingId = `connection-${id}`;
  return (
    <article className="admin-card" aria-labelledby={headingId}>
      <div className="admin-provider__head">
        <h3 id={headingId}>{name}</h3>
        <span className="badge badge--busy">{kindLabel}</span>
        <span className={`badge ${secretStored ? "badge--done" : "badge--waiting"}`}>{secretLabel}</span>
        <span className={`badge ${enabled ? "badge--done" : "badge--failed"}`}>
          {enabled ? t("admin.enabled") : t("admin.disabled")}
        </span>
      </div>
      {children}
      <StatusMessage text={outcome?.tone === "failed" ? outcome.text : null} tone="failed" />
      <div className="admin-form__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          onClick={() =>
            void act(onToggle, t(enabled ? "admin.disabledDone" : "admin.enabledDone", { name }))
          }
        >
          {enabled ? t("admin.disable") : t("admin.enable")}
        </button>
        <ConfirmButton
          label={t("admin.delete")}
          namedLabel={t("admin.deleteNamed", { name })}
          question={deleteQuestion}
          busy={busy}
          onConfirm={() => void act(onDelete, t("admin.deleted", { name }))}
        />
      </div>
    </article>
  );
}
