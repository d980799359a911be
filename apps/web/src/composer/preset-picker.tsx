import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../api/use-error-text.ts";
import { Icon } from "../app/icons.tsx";
import { Popover } from "../app/popover.tsx";
import { toolLabel } from "../chat/tool-names.ts";
import type { NewPreset, Preset } from "./use-presets.ts";

/** The setup a new preset is saved from: the model picked and the tools allowed right now. */
export interface CurrentSetup {
  model: string | undefined;
  modelLabel: string | undefined;
  toolsAllowed: string[] | null;
}

/**
 * Presets: pick one (its id is sent with each message; its model and tools are put in the pickers), pick none, or
 * save the current setup, with instructions, as a personal preset.
 */
export function PresetPicker(props: {
  presets: Preset[];
  activeId: string | null;
  onApply: (preset: Preset | null) => void;
  onCreate: (preset: NewPreset) => Promise<Preset>;
  setup: CurrentSetup;
  disabled: boolean;
}) {
  const { presets, activeId, onApply, setup, disabled } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const groupName = useId();
  const [saving, setSaving] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const active = presets.find((preset) => preset.id === activeId) ?? null;
  const summary = active ? t("presets.active", { name: active.name }) : t("presets.none");

  const nameRef = useRef<HTMLInputElement>(null);
  const instructionsRef = useRef<HTMLTextAreaElement>(null);

  const save = async () => {
    const name = nameRef.current?.value.trim() ?? "";
    if (!name) {
      nameRef.current?.reportValidity();
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await props.onCreate({
        name,
        instructions: instructionsRef.current?.value ?? "",
        model: setup.model ?? null,
        toolsAllowed: setup.toolsAllowed,
      });
      onApply(created);
      setSaving(false);
      setSaved(created.name);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const choice = (preset: Preset | null) => (
    <label key={preset?.id ?? "none"} className="composer-options__choice">
      <input
        type="radio"
        name={groupName}
        checked={(preset?.id ?? null) === activeId}
        disabled={disabled}
        onChange={() => {
          setSaved(null);
          onApply(preset);
        }}
      />
      <span>{preset ? preset.name : t("presets.none")}</span>
    </label>
  );
  const workspace = presets.filter((preset) => preset.scope === "workspace");
  const personal = presets.filter((preset) => preset.scope === "personal");
  const tools = setup.toolsAllowed
    ? setup.toolsAllowed.map((name) => toolLabel(t, name)).join(", ")
    : t("composer.toolsAll");

  return (
    <Popover
      className={`composer-popover${active ? " composer-popover--active" : ""}`}
      label={`${t("presets.label")}: ${active ? active.name : t("presets.none")}`}
      button={
        <span className="composer-popover__face">
          <Icon name="bookmark" size={16} />
          <span className="composer-popover__text">{summary}</span>
        </span>
      }
    >
      <fieldset className="composer-options">
        <legend className="composer-options__legend">{t("presets.heading")}</legend>
        {choice(null)}
        {workspace.length > 0 && <p className="composer-options__group">{t("presets.workspace")}</p>}
        {workspace.map(choice)}
        {personal.length > 0 && <p className="composer-options__group">{t("presets.personal")}</p>}
        {personal.map(choice)}
      </fieldset>
      {saved && (
        <p className="composer-options__saved" role="status">
          {t("presets.saved", { name: saved })}
        </p>
      )}
      {saving ? (
        // Not a <form>: the composer around it is one, and forms do not nest. Enter in the name saves.
        <div className="preset-form">
          <label className="field">
            <span className="field__label">{t("presets.name")}</span>
            <input
              ref={nameRef}
              required
              maxLength={100}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  void save();
                }
              }}
            />
          </label>
          <label className="field">
            <span className="field__label">{t("presets.instructions")}</span>
            <textarea
              ref={instructionsRef}
              rows={3}
              maxLength={8000}
              defaultValue={active?.instructions ?? ""}
            />
          </label>
          <p className="composer-options__hint">
            {t("presets.summary", { model: setup.modelLabel ?? t("presets.anyModel"), tools })}
          </p>
          {error !== null && (
            <p className="form-error" role="alert">
              {errorText(error)}
            </p>
          )}
          <div className="preset-form__actions">
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => setSaving(false)}
            >
              {t("common.cancel")}
            </button>
            <button
              type="button"
              className="button button--primary button--small"
              disabled={busy}
              onClick={() => void save()}
            >
              {t("presets.save")}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          onClick={() => {
            setSaved(null);
            setSaving(true);
          }}
        >
          {t("presets.saveCurrent")}
        </button>
      )}
    </Popover>
  );
}
