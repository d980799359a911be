import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { en } from "../i18n/locales/en.ts";
import { ApiError } from "./api-error.ts";

type KnownCode = keyof typeof en.errors;

/**
 * Turns a failure into a sentence for the person: codes the app knows are said in their language; any other API
 * failure keeps the server's own words (its detail), which name the field or the limit.
 */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown): string => {
      if (error instanceof ApiError) {
        const key = `errors.${error.code}`;
        if (i18n.exists(key)) return t(key as `errors.${KnownCode}`);
        return error.message;
      }
      if (error instanceof Error && error.message) return error.message;
      return t("errors.unknown");
    },
    [t, i18n],
  );
}
