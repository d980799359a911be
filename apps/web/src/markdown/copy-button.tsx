import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../app/icons.tsx";

/** Copies text to the clipboard and says so (to screen readers too) for a moment. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2_000);
    return () => clearTimeout(timer);
  }, [copied]);
  const name = label ?? t("common.copy");
  return (
    <button
      type="button"
      className="icon-button icon-button--small"
      aria-label={name}
      title={name}
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => setCopied(true));
      }}
    >
      <Icon name={copied ? "check" : "copy"} size={16} />
      <span className="visually-hidden" role="status">
        {copied ? t("common.copied") : ""}
      </span>
    </button>
  );
}
