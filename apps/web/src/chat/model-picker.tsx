import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { ModelEntry } from "../api/types.ts";

/** The model labels people read: the built-in model's name is translated, others are the tenant's own labels. */
export function useModelLabel() {
  const { t } = useTranslation();
  return useCallback(
    (model: Pick<ModelEntry, "id" | "label">) => (model.id === "builtin" ? t("models.builtin") : model.label),
    [t],
  );
}

/** Which model answers: the tenant's models, with the default preselected. */
export function ModelPicker(props: {
  models: ModelEntry[];
  value: string | undefined;
  onChange: (modelId: string) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const label = useModelLabel();
  if (props.models.length === 0) return null;
  return (
    <label className="model-picker">
      <span className="visually-hidden">{t("models.label")}</span>
      <select
        value={props.value}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.target.value)}
        title={t("models.label")}
      >
        {props.models.map((model) => (
          <option key={model.id} value={model.id}>
            {label(model)}
          </option>
        ))}
      </select>
    </label>
  );
}
