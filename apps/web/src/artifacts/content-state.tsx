import { useTranslation } from "react-i18next";
import { useErrorText } from "../api/use-error-text.ts";

/** "Loading…" or the failure, in words, while a renderer waits for its content. */
export function ContentState({
  state,
}: {
  state: { status: "loading" } | { status: "error"; error: unknown };
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (state.status === "loading") {
    return (
      <p className="artifact-state" role="status">
        {t("artifacts.loading")}
      </p>
    );
  }
  return (
    <p className="artifact-state form-error" role="alert">
      {errorText(state.error)}
    </p>
  );
}
