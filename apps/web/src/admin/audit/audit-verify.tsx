import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../../api/api-context.tsx";
import { useErrorText } from "../../api/use-error-text.ts";
import { useFormat } from "../../i18n/use-format.ts";
import type { AuditVerification } from "../admin-types.ts";

/** Asks the server to recompute the hash chain and says the result in words. */
export function AuditVerify() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; ok: boolean } | null>(null);

  const verify = async () => {
    setBusy(true);
    setResult(null);
    try {
      const answer = await api.get<AuditVerification>("/v1/audit/verify");
      setResult(
        answer.ok
          ? {
              ok: true,
              text: t("admin.audit.verifiedOk", { count: answer.count, n: format.number(answer.count) }),
            }
          : {
              ok: false,
              text: t("admin.audit.verifiedBroken", {
                seq: answer.broken?.seq ?? "?",
                reason: answer.broken?.reason ?? "",
                n: format.number(answer.count),
              }),
            },
      );
    } catch (error) {
      setResult({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="admin-verify">
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() => void verify()}
      >
        {busy ? t("admin.audit.verifying") : t("admin.audit.verify")}
      </button>
      <p
        role="status"
        className={
          result ? `admin-verify__result ${result.ok ? "admin-ok" : "admin-bad"}` : "visually-hidden"
        }
      >
        {result?.text}
      </p>
    </div>
  );
}
