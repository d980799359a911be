import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useAccountErrorText } from "./use-account-error-text.ts";
import type { Loaded } from "./use-loaded.ts";

/** Shows loading and failures of a read, and the children once the value is there. */
export function LoadedState<T>({ state, children }: { state: Loaded<T>; children: (value: T) => ReactNode }) {
  const { t } = useTranslation();
  const errorText = useAccountErrorText();
  if (state.status === "loading") {
    return (
      <p className="account__muted" role="status">
        {t("app.loading")}
      </p>
    );
  }
  if (state.status === "failed") {
    return (
      <p className="form-error" role="alert">
        {errorText(state.error)}
      </p>
    );
  }
  return <>{children(state.value)}</>;
}
