import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import { FormError } from "./form-error.tsx";
import { MfaEnrolment, type TotpEnrolment } from "./mfa-enrolment.tsx";
import { RecoveryCodes } from "./recovery-codes.tsx";
import { useFormAction } from "./use-form-action.ts";
import "./account.css";

/**
 * The sign-in step for someone whose organization requires MFA and who has none yet: enrol with the pending
 * session, keep the recovery codes, then load the app again. Confirming already swapped the pending session's
 * cookie for a full one, so the reload arrives signed in.
 */
export function SignInMfaEnrolment({ redirectTo }: { redirectTo: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const { error, run } = useFormAction();
  const start = () => run(async () => setEnrolment(await api.post<TotpEnrolment>("/v1/auth/mfa/enrol")));

  if (codes) return <RecoveryCodes codes={codes} onDone={() => location.assign(redirectTo)} />;
  return (
    <div className="account__enrol">
      <p>{t("accountPage.mfa.requiredAtSignIn")}</p>
      <FormError message={error} />
      {enrolment ? (
        <MfaEnrolment
          enrolment={enrolment}
          onConfirmed={setCodes}
          onCancel={() => location.assign("/login")}
        />
      ) : (
        <button type="button" className="button button--primary button--block" onClick={() => void start()}>
          {t("accountPage.mfa.start")}
        </button>
      )}
    </div>
  );
}
