import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import { CopyTextButton } from "./copy-text-button.tsx";
import { MfaCodeAction } from "./mfa-code-action.tsx";
import { QrCodeImage } from "./qr-code-image.tsx";

/** What POST /v1/auth/mfa/enrol answers: the QR code, and the secret for typing in by hand. */
export interface TotpEnrolment {
  otpauthUri: string;
  qrCodeSvg: string;
  secret: string;
}

/** Scan (or type) the secret, then confirm with a code; resolves to the recovery codes the server made. */
export function MfaEnrolment({
  enrolment,
  onConfirmed,
  onCancel,
}: {
  enrolment: TotpEnrolment;
  onConfirmed: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  return (
    <div className="account__enrol">
      <p>{t("accountPage.mfa.scan")}</p>
      <QrCodeImage svg={enrolment.qrCodeSvg} alt={t("accountPage.mfa.qrAlt")} />
      <p>{t("accountPage.mfa.manual")}</p>
      <div className="account__secret-value">
        <code className="account__setup-key">{enrolment.secret}</code>
        <CopyTextButton text={enrolment.secret} label={t("accountPage.mfa.copySecret")} />
      </div>
      <MfaCodeAction
        label={t("accountPage.mfa.code")}
        submitLabel={t("accountPage.mfa.confirm")}
        numeric
        run={(code) => api.post<{ recoveryCodes: string[] }>("/v1/auth/mfa/confirm", { code })}
        onDone={(answer) => onConfirmed(answer.recoveryCodes)}
        onCancel={onCancel}
      />
    </div>
  );
}
