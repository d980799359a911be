import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import type { Me } from "../api/types.ts";
import { TextField } from "../app/text-field.tsx";
import { useMe, useSession } from "../session/session-context.tsx";
import { FormError } from "./form-error.tsx";
import { useFormAction } from "./use-form-action.ts";

/** Who the person is here, and changing the name they are shown by (`PATCH /v1/me`). */
export function ProfileSection() {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const { replaceMe } = useSession();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(me.user?.name ?? "");
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, setError, submit } = useFormAction();

  const save = async () => {
    const updated = await api.patch<Me>("/v1/me", { name: name.trim() });
    replaceMe(updated);
    setEditing(false);
    setSaved(t("accountPage.profile.nameSaved", { name: updated.user?.name ?? "" }));
  };

  return (
    <section className="account__card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("accountPage.profile.heading")}</h2>
      <p className="visually-hidden" role="status">
        {saved}
      </p>
      {editing ? (
        <form className="account__form" onSubmit={submit(save)} noValidate>
          <FormError message={error} />
          <div className="account__form-row account__form-row--name">
            <TextField
              label={t("accountPage.profile.nameLabel")}
              value={name}
              maxLength={200}
              autoComplete="name"
              autoFocus
              onChange={(event) => setName(event.target.value)}
            />
            <button type="submit" className="button button--primary" disabled={busy || name.trim() === ""}>
              {t("accountPage.profile.saveName")}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setEditing(false);
                setError(null);
                setName(me.user?.name ?? "");
              }}
            >
              {t("accountPage.profile.cancel")}
            </button>
          </div>
        </form>
      ) : null}
      <dl className="account__facts">
        {!editing && (
          <>
            <dt>{t("accountPage.profile.name")}</dt>
            <dd>
              <span>{me.user?.name}</span>{" "}
              {me.user && (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => {
                    setSaved(null);
                    setName(me.user?.name ?? "");
                    setEditing(true);
                  }}
                >
                  {t("accountPage.profile.editName")}
                </button>
              )}
            </dd>
          </>
        )}
        <dt>{t("accountPage.profile.email")}</dt>
        <dd>{me.user?.email}</dd>
        <dt>{t("accountPage.profile.tenant")}</dt>
        <dd>{me.tenant.name}</dd>
        <dt>{t("accountPage.profile.role")}</dt>
        <dd>{me.role ? t(`account.roles.${me.role}`) : "—"}</dd>
      </dl>
    </section>
  );
}
