import { useTranslation } from "react-i18next";
import { useErrorText } from "../api/use-error-text.ts";
import { Icon } from "../app/icons.tsx";

/** What went wrong with the last answer, in words, with a way to try again. */
export function ChatError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <div className="chat-error" role="alert">
      <Icon name="alert" />
      <p>{errorText(error)}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        <Icon name="refresh" size={16} />
        {t("common.retry")}
      </button>
    </div>
  );
}
