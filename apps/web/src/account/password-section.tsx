import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import { TextField } from "../app/text-field.tsx";
import { FormError } from "./form-error.tsx";
import { useFormAction } from "./use-form-action.ts";

/** Changing one's own password with the current one (`POST /v1/me/password`); other sessions end. */
export function PasswordSection() {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, submit } = useFormAction();

  const change = async () => {
    setDone(null);
    if (next !== confirm) {
      setError(t("accountPage.password.mismatch"));
      return;
    }
    const answer = await api.post<{ endedSessions: number }>("/v1/me/password", {
      currentPassword: current,
      newPassword: next,
    });
    setCurrent("");
    setNext("");
    setConfirm("");
    setDone(t("accountPage.password.changed", { count: answer.endedSessions }));
  };

  return (
    <section className="account__card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("accountPage.password.heading")}</h2>
      <p className="account__lead">{t("accountPage.password.lead")}</p>
      <form className="account__form account__form--stacked" onSubmit={submit(change)} noValidate>
        <FormError message={error} />
        <TextField
          label={t("accountPage.password.current")}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <TextField
          label={t("accountPage.password.next")}
          type="password"
          autoComplete="new-password"
          aria-describedby={`${headingId}-rules`}
          value={next}
          onChange={(event) => setNext(event.target.value)}
        />
        <p id={`${headingId}-rules`} className="account__muted">
          {t("accountPage.password.rules")}
        </p>
        <TextField
          label={t("accountPage.password.confirm")}
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(event) => setConfirm(event.target.value)}
        />
        <div>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || current === "" || next === "" || confirm === ""}
          >
            {busy ? t("accountPage.password.saving") : t("accountPage.password.save")}
          </button>
        </div>
        <p className="account__success" role="status">
          {done}
        </p>
      </form>
    </section>
  );
}
