import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/api-error.ts";
import { useErrorText } from "../api/use-error-text.ts";
import type { en } from "./messages.ts";

type AccountErrorCode = keyof typeof en.accountPage.errors;

/**
 * The app's error sentences plus the account screens' own codes (MFA, invitations, passwords, reset links), so
 * these failures are said in the person's language too rather than in the server's English.
 */
export function useAccountErrorText() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  return useCallback(
    (error: unknown): string => {
      if (error instanceof ApiError && i18n.exists(`accountPage.errors.${error.code}`)) {
        return t(`accountPage.errors.${error.code as AccountErrorCode}`);
      }
      return errorText(error);
    },
    [t, i18n, errorText],
  );
}
