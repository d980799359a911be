import { useState } from "react";
import { useTranslation } from "react-i18next";
import { followInApp } from "../account/follow-in-app.ts";
import { FormError } from "../account/form-error.tsx";
import { useFormAction } from "../account/use-form-action.ts";
import { useApi } from "../api/api-context.tsx";
import { focusOnMount } from "../app/focus-on-mount.ts";
import { EmailField } from "./email-field.tsx";
import { PublicCard } from "./public-card.tsx";
import { SubmitButton } from "./submit-button.tsx";

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, so the page never
 * tells a visitor who uses Penny.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, error, submit } = useFormAction();
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);

  const send = async () => {
    await api.post("/v1/auth/password-reset", { email: email.trim() });
    setSent(true);
  };

  return (
    <PublicCard
      title={t("passwordReset.requestTitle")}
      lead={sent ? undefined : t("passwordReset.requestLead")}
    >
      <FormError message={error} />
      {sent ? (
        <p className="public-card__done" role="status" tabIndex={-1} ref={focusOnMount}>
          {t("passwordReset.sent")}
        </p>
      ) : (
        <form onSubmit={submit(send)} noValidate>
          <EmailField label={t("passwordReset.email")} value={email} onChange={setEmail} />
          <SubmitButton busy={busy} label={t("passwordReset.send")} busyLabel={t("passwordReset.sending")} />
        </form>
      )}
      <p className="public-card__footer">
        <a href="/login" onClick={followInApp}>
          {t("passwordReset.backToSignIn")}
        </a>
      </p>
    </PublicCard>
  );
}
