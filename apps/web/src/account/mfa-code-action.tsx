import { useState } from "react";
import { useTranslation } from "react-i18next";
import { focusOnMount } from "../app/focus-on-mount.ts";
import { TextField } from "../app/text-field.tsx";
import { FormError } from "./form-error.tsx";
import { useFormAction } from "./use-form-action.ts";

/** A step that needs a current code (turning MFA off, new recovery codes): the code, then the action. */
export function MfaCodeAction<T>(props: {
  label: string;
  submitLabel: string;
  danger?: boolean;
  /** Only digits are expected (a code from the app, not a recovery code): phones show the number pad. */
  numeric?: boolean;
  run: (code: string) => Promise<T>;
  onDone: (answer: T) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { busy, error, submit } = useFormAction();
  const [code, setCode] = useState("");

  return (
    <form
      className="account__form"
      onSubmit={submit(async () => props.onDone(await props.run(code.trim())))}
      noValidate
    >
      <FormError message={error} />
      <TextField
        label={props.label}
        name="mfa-code"
        inputMode={props.numeric ? "numeric" : undefined}
        autoComplete="one-time-code"
        required
        value={code}
        onChange={(event) => setCode(event.target.value)}
        inputRef={focusOnMount}
      />
      <div className="account__actions">
        <button
          type="submit"
          className={`button ${props.danger ? "button--danger" : "button--primary"}`}
          disabled={busy || code.trim().length < 6}
        >
          {props.submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          {t("accountPage.mfa.cancel")}
        </button>
      </div>
    </form>
  );
}
