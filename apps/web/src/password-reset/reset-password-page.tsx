import { useState } from "react";
import { useTranslation } from "react-i18next";
import { followInApp } from "../account/follow-in-app.ts";
import { FormError } from "../account/form-error.tsx";
import { useFormAction } from "../account/use-form-action.ts";
import { useApi } from "../api/api-context.tsx";
import { focusOnMount } from "../app/focus-on-mount.ts";
import { useSession } from "../session/session-context.tsx";
import { NewPasswordField } from "./new-password-field.tsx";
import { PublicCard } from "./public-card.tsx";
import { SubmitButton } from "./submit-button.tsx";

/** The page of the mailed link: a new password (twice), then on to sign in. */
export function ResetPasswordPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const { busy, error, setError, submit } = useFormAction();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [done, setDone] = useState(false);

  const save = async () => {
    if (password !== repeat) {
      setError(t("passwordReset.mismatch"));
      return;
    }
    await api.post(`/v1/auth/password-reset/${encodeURIComponent(token)}`, { password });
    // The reset ended every session of the account, this browser's too if it was signed in.
    if (session.state.status === "signed-in") await session.signOut().catch(() => {});
    setDone(true);
  };

  return (
    <PublicCard title={t("passwordReset.resetTitle")} lead={done ? undefined : t("passwordReset.resetLead")}>
      {done ? (
        <>
          <p className="public-card__done" role="status" tabIndex={-1} ref={focusOnMount}>
            {t("passwordReset.done")}
          </p>
          <a className="button button--primary button--block" href="/login" onClick={followInApp}>
            {t("passwordReset.signIn")}
          </a>
        </>
      ) : (
        <form onSubmit={submit(save)} noValidate>
          <FormError message={error} />
          <NewPasswordField
            label={t("passwordReset.newPassword")}
            name="new-password"
            value={password}
            onChange={setPassword}
          />
          <NewPasswordField
            label={t("passwordReset.repeatPassword")}
            name="repeat-password"
            value={repeat}
            onChange={setRepeat}
          />
          <SubmitButton busy={busy} label={t("passwordReset.save")} busyLabel={t("passwordReset.saving")} />
        </form>
      )}
    </PublicCard>
  );
}
