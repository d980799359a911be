import { useId } from "react";
import { useTranslation } from "react-i18next";
import { HEX_COLOUR } from "../../theme/contrast.ts";

/**
 * A colour chosen with the browser's picker or typed as #rrggbb; both are labelled, and the picker follows the text
 * whenever the text is a valid colour.
 */
export function ColourField({
  label,
  hexLabel,
  value,
  onChange,
}: {
  label: string;
  hexLabel: string;
  value: string;
  onChange(value: string): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const valid = HEX_COLOUR.test(value);
  return (
    <fieldset className="theme-colour">
      <legend className="field__label">{label}</legend>
      <div className="theme-colour__row">
        <input
          type="color"
          aria-label={label}
          value={valid ? value.toLowerCase() : "#000000"}
          onChange={(event) => onChange(event.target.value)}
        />
        <label className="visually-hidden" htmlFor={`${id}-hex`}>
          {hexLabel}
        </label>
        <input
          id={`${id}-hex`}
          type="text"
          inputMode="text"
          spellCheck={false}
          autoComplete="off"
          maxLength={7}
          pattern="#[0-9a-fA-F]{6}"
          aria-invalid={!valid}
          aria-describedby={`${id}-hint`}
          value={value}
          onChange={(event) => onChange(event.target.value.trim())}
        />
      </div>
      <p id={`${id}-hint`} className="admin-muted admin-hint">
        {valid ? t("admin.themes.hexHint") : t("admin.themes.invalidHex")}
      </p>
    </fieldset>
  );
}
