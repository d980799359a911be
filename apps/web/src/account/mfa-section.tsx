import { useCallback, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import { useFormat } from "../i18n/use-format.ts";
import { FormError } from "./form-error.tsx";
import { LoadedState } from "./loaded-state.tsx";
import { MfaCodeAction } from "./mfa-code-action.tsx";
import { MfaEnrolment, type TotpEnrolment } from "./mfa-enrolment.tsx";
import { RecoveryCodes } from "./recovery-codes.tsx";
import { useFormAction } from "./use-form-action.ts";
import { useLoaded } from "./use-loaded.ts";

interface MfaStatus {
  enrolled: boolean;
  confirmedAt: string | null;
  recoveryCodesLeft: number;
  requiredByTenant: boolean;
}

type Step =
  | { name: "status" }
  | { name: "enrolling"; enrolment: TotpEnrolment }
  | { name: "codes"; codes: string[] }
  | { name: "disable" }
  | { name: "new-codes" };

/** Two-factor authentication: its state, enrolment with a QR code, recovery codes, turning it off. */
export function MfaSection() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const headingId = useId();
  const load = useCallback((signal: AbortSignal) => api.get<MfaStatus>("/v1/me/mfa", { signal }), [api]);
  const { state, reload } = useLoaded(load);
  const [step, setStep] = useState<Step>({ name: "status" });
  const { error, run } = useFormAction();
  const [announcement, setAnnouncement] = useState("");

  const start = () =>
    run(async () =>
      setStep({ name: "enrolling", enrolment: await api.post<TotpEnrolment>("/v1/auth/mfa/enrol") }),
    );
  const finish = (message: string) => {
    setStep({ name: "status" });
    setAnnouncement(message);
    reload();
  };

  return (
    <section className="account__card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("accountPage.mfa.heading")}</h2>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <FormError message={error} />
      {step.name === "enrolling" && (
        <MfaEnrolment
          enrolment={step.enrolment}
          onConfirmed={(codes) => {
            setAnnouncement(t("accountPage.mfa.enabled"));
            setStep({ name: "codes", codes });
            reload();
          }}
          onCancel={() => setStep({ name: "status" })}
        />
      )}
      {step.name === "codes" && <RecoveryCodes codes={step.codes} onDone={() => finish("")} />}
      {step.name === "disable" && (
        <MfaCodeAction
          label={t("accountPage.mfa.disableCode")}
          submitLabel={t("accountPage.mfa.disableConfirm")}
          danger
          run={(code) => api.post("/v1/me/mfa/disable", { code })}
          onDone={() => finish(t("accountPage.mfa.disabled"))}
          onCancel={() => setStep({ name: "status" })}
        />
      )}
      {step.name === "new-codes" && (
        <MfaCodeAction
          label={t("accountPage.mfa.newCodesCode")}
          submitLabel={t("accountPage.mfa.newCodesConfirm")}
          run={(code) => api.post<{ recoveryCodes: string[] }>("/v1/me/mfa/recovery-codes", { code })}
          onDone={(answer) => setStep({ name: "codes", codes: answer.recoveryCodes })}
          onCancel={() => setStep({ name: "status" })}
        />
      )}
      {step.name === "status" && (
        <LoadedState state={state}>
          {(status) =>
            status.enrolled ? (
              <>
                <p>
                  {t("accountPage.mfa.on", {
                    date: status.confirmedAt ? format.dateTime(status.confirmedAt) : "—",
                    count: status.recoveryCodesLeft,
                  })}
                </p>
                {status.requiredByTenant && <p className="account__muted">{t("accountPage.mfa.required")}</p>}
                <div className="account__actions">
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => setStep({ name: "new-codes" })}
                  >
                    {t("accountPage.mfa.newCodes")}
                  </button>
                  {!status.requiredByTenant && (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setStep({ name: "disable" })}
                    >
                      {t("accountPage.mfa.disable")}
                    </button>
                  )}
                </div>
              </>
            ) : (
              <>
                <p>{t("accountPage.mfa.off")}</p>
                <div>
                  <button type="button" className="button button--primary" onClick={() => void start()}>
                    {t("accountPage.mfa.start")}
                  </button>
                </div>
              </>
            )
          }
        </LoadedState>
      )}
    </section>
  );
}
