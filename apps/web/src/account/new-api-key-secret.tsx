import { useId } from "react";
import { useTranslation } from "react-i18next";
import { focusOnMount } from "../app/focus-on-mount.ts";
import type { CreatedApiKey } from "./api-key.ts";
import { CopyTextButton } from "./copy-text-button.tsx";

/** The secret of a key just created, shown this once with a copy button and a clear warning. */
export function NewApiKeySecret({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const inputId = useId();
  return (
    <section className="account__secret" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} ref={focusOnMount}>
        {t("accountPage.apiKeys.createdHeading")}
      </h3>
      <p className="notice">{t("accountPage.apiKeys.createdWarning")}</p>
      <label className="field__label" htmlFor={inputId}>
        {t("accountPage.apiKeys.secretLabel")}
      </label>
      <div className="account__secret-value">
        <input
          id={inputId}
          className="account__code-input"
          readOnly
          value={created.secret}
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyTextButton text={created.secret} label={t("accountPage.apiKeys.copy")} />
      </div>
      <div>
        <button type="button" className="button button--primary" onClick={onDone}>
          {t("accountPage.apiKeys.done")}
        </button>
      </div>
    </section>
  );
}
