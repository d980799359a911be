import { useCallback, useState } from "react";
import { ApiError } from "../api/api-error.ts";
import { useErrorText } from "../api/use-error-text.ts";

/** What the last action came to, said in words: done, or failed and why. */
export type Outcome = { text: string; tone: "done" | "failed" } | null;

/**
 * Runs one write at a time for a form or a row: busy while it runs, then an outcome to announce. A failure is the
 * API's error in the person's words (with the fields it names), unless `explain` knows better what it means here.
 */
export function useAction(explain?: (error: unknown) => string | undefined) {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const run = useCallback(
    async <T>(action: () => Promise<T>, done: string | ((result: T) => string)): Promise<boolean> => {
      setBusy(true);
      setOutcome(null);
      try {
        const result = await action();
        setOutcome({ text: typeof done === "string" ? done : done(result), tone: "done" });
        return true;
      } catch (error) {
        const fields =
          error instanceof ApiError ? error.fields.map((field) => `${field.field}: ${field.message}`) : [];
        setOutcome({ text: [explain?.(error) ?? errorText(error), ...fields].join(" "), tone: "failed" });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [errorText, explain],
  );
  return { busy, outcome, setOutcome, run };
}
