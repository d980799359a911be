import { type FormEvent, useCallback, useState } from "react";
import { useAccountErrorText } from "./use-account-error-text.ts";

/**
 * The busy flag and the failure (in words) of a form's action, so each account form says "working" and shows what
 * went wrong the same way. `submit(action)` is an onSubmit handler.
 */
export function useFormAction() {
  const errorText = useAccountErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      try {
        await action();
      } catch (failure) {
        setError(errorText(failure));
      } finally {
        setBusy(false);
      }
    },
    [errorText],
  );
  const submit = (action: () => Promise<void>) => (event: FormEvent) => {
    event.preventDefault();
    void run(action);
  };
  return { busy, error, setError, run, submit };
}
