import { useTranslation } from "react-i18next";
import { Icon } from "../../app/icons.tsx";
import { SelectField } from "../select-field.tsx";

/** One model as the form holds it: prices as typed, so an empty box means "no price". */
export interface ModelRow {
  id: string;
  size: "small" | "large";
  local: boolean;
  inputCost: string;
  outputCost: string;
}

export const emptyModelRow = (local: boolean): ModelRow => ({
  id: "",
  size: "small",
  local,
  inputCost: "",
  outputCost: "",
});

/** The rows as the API wants them: prices are numbers per million tokens, or left out. */
export function modelsFromRows(rows: ModelRow[]) {
  const price = (text: string) => (text.trim() === "" ? undefined : Number(text));
  return rows.map((row) => ({
    id: row.id.trim(),
    size: row.size,
    local: row.local,
    inputCostPerMillion: price(row.inputCost),
    outputCostPerMillion: price(row.outputCost),
  }));
}

/** A price per million tokens, as typed (empty: no price). */
function PriceField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        type="number"
        min="0"
        step="0.01"
        inputMode="decimal"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}

/** The models a provider offers: id, size, whether it runs on the tenant's own machines, and prices. */
export function ModelRowsEditor({ rows, onChange }: { rows: ModelRow[]; onChange(rows: ModelRow[]): void }) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<ModelRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="admin-fieldset">
      <legend>{t("admin.models.modelsLegend")}</legend>
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until they are saved.
          <div className="admin-model-row" key={index}>
            <label className="field">
              <span className="field__label">{t("admin.models.modelId", { n })}</span>
              <input
                required
                value={row.id}
                placeholder="gpt-4o-mini"
                onChange={(event) => update(index, { id: event.target.value })}
              />
            </label>
            <SelectField
              label={t("admin.models.size", { n })}
              value={row.size}
              onChange={(event) => update(index, { size: event.target.value as ModelRow["size"] })}
            >
              <option value="small">{t("admin.models.sizes.small")}</option>
              <option value="large">{t("admin.models.sizes.large")}</option>
            </SelectField>
            <PriceField
              label={t("admin.models.inputPrice", { n })}
              value={row.inputCost}
              onChange={(value) => update(index, { inputCost: value })}
            />
            <PriceField
              label={t("admin.models.outputPrice", { n })}
              value={row.outputCost}
              onChange={(value) => update(index, { outputCost: value })}
            />
            <label className="admin-check">
              <input
                type="checkbox"
                checked={row.local}
                onChange={(event) => update(index, { local: event.target.checked })}
              />
              {t("admin.models.localLabel", { n })}
            </label>
            {rows.length > 1 && (
              <button
                type="button"
                className="icon-button icon-button--small"
                aria-label={t("admin.models.removeModel", { n })}
                title={t("admin.models.removeModel", { n })}
                onClick={() => onChange(rows.filter((_, at) => at !== index))}
              >
                <Icon name="close" size={16} />
              </button>
            )}
          </div>
        );
      })}
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => onChange([...rows, emptyModelRow(rows.at(-1)?.local ?? false)])}
      >
        <Icon name="plus" size={16} />
        {t("admin.models.addModel")}
      </button>
    </fieldset>
  );
}
