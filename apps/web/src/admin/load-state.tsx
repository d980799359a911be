import { useTranslation } from "react-i18next";
import { useErrorText } from "../api/use-error-text.ts";

/** What a section shows while its data loads or when reading it failed (with a retry). */
export function LoadState({
  loading,
  error,
  onRetry,
}: {
  loading: boolean;
  error: unknown;
  onRetry(): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (error) {
    return (
      <div className="form-error admin-load-error" role="alert">
        <span>{errorText(error)}</span>
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {t("common.retry")}
        </button>
      </div>
    );
  }
  if (loading) {
    return (
      <p className="admin-muted" role="status">
        {t("admin.loading")}
      </p>
    );
  }
  return null;
}
