import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../app/icons.tsx";

/**
 * A labelled button that copies text to the clipboard. It shows a check (and tells screen readers "Copied") for as
 * long as the text it copied is the one on screen, so a secret shown once keeps saying it was taken.
 */
export function CopyTextButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [copiedText, setCopiedText] = useState<string | null>(null);
  const copied = copiedText === text;
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopiedText(text))}
    >
      <Icon name={copied ? "check" : "copy"} size={16} />
      {label}
      <span className="visually-hidden" role="status">
        {copied ? t("common.copied") : ""}
      </span>
    </button>
  );
}
