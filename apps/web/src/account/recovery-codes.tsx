import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { focusOnMount } from "../app/focus-on-mount.ts";
import { Icon } from "../app/icons.tsx";
import { CopyTextButton } from "./copy-text-button.tsx";

/** Recovery codes, shown once: a warning, the list, copy and download, and a button to say they are saved. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const text = `${codes.join("\n")}\n`;
  const [downloadUrl, setDownloadUrl] = useState<string | null>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    setDownloadUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [text]);

  return (
    <section className="account__secret" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} ref={focusOnMount}>
        {t("accountPage.mfa.recoveryHeading")}
      </h3>
      <p className="notice">{t("accountPage.mfa.recoveryWarning")}</p>
      <ul className="account__codes" aria-labelledby={headingId}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="account__actions">
        <CopyTextButton text={text} label={t("accountPage.mfa.copyCodes")} />
        {downloadUrl && (
          <a
            className="button button--secondary button--small"
            href={downloadUrl}
            download={t("accountPage.mfa.recoveryFile")}
          >
            <Icon name="download" size={16} />
            {t("accountPage.mfa.downloadCodes")}
          </a>
        )}
        <button type="button" className="button button--primary button--small" onClick={onDone}>
          {t("accountPage.mfa.recoveryDone")}
        </button>
      </div>
    </section>
  );
}
