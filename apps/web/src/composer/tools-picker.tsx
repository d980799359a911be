import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../app/icons.tsx";
import { Popover } from "../app/popover.tsx";
import { toolLabel } from "../chat/tool-names.ts";
import type { ToolEntry } from "./use-tools.ts";

/**
 * "Tools allowed": the tools Penny may use for the next messages, all by default. The API reads an empty list as
 * "every tool", so at least one stays checked; "Allow all tools" lifts the limit.
 */
export function ToolsPicker(props: {
  tools: ToolEntry[];
  value: string[] | null;
  onChange: (toolsAllowed: string[] | null) => void;
  disabled: boolean;
}) {
  const { tools, value, onChange, disabled } = props;
  const { t } = useTranslation();
  const hintId = useId();
  if (tools.length === 0) return null;
  const allowed = value ? tools.filter((tool) => value.includes(tool.name)).map((tool) => tool.name) : null;
  const summary = !allowed
    ? t("composer.toolsAll")
    : allowed.length === 1
      ? t("composer.toolsOne")
      : t("composer.toolsSome", { count: allowed.length });
  const toggle = (name: string, checked: boolean) => {
    const current = allowed ?? tools.map((tool) => tool.name);
    const next = checked ? [...current, name] : current.filter((entry) => entry !== name);
    onChange(next.length >= tools.length ? null : next);
  };
  return (
    <Popover
      className={`composer-popover${disabled ? " composer-popover--disabled" : ""}`}
      label={`${t("composer.toolsLabel")}: ${summary}`}
      button={
        <span className="composer-popover__face">
          <Icon name="tool" size={16} />
          <span className="composer-popover__text">{summary}</span>
        </span>
      }
    >
      <fieldset className="composer-options" aria-describedby={hintId}>
        <legend className="composer-options__legend">{t("composer.toolsHeading")}</legend>
        {tools.map((tool) => {
          const checked = !allowed || allowed.includes(tool.name);
          const onlyOne = checked && allowed?.length === 1;
          return (
            <label key={tool.name} className="composer-options__choice" title={tool.description}>
              <input
                type="checkbox"
                checked={checked}
                disabled={disabled || onlyOne}
                onChange={(event) => toggle(tool.name, event.target.checked)}
              />
              <span>
                {toolLabel(t, tool.name)} <code className="composer-options__id">{tool.name}</code>
              </span>
            </label>
          );
        })}
        <p id={hintId} className="composer-options__hint">
          {t("composer.toolsLastOne")}
        </p>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled || !allowed}
          onClick={() => onChange(null)}
        >
          {t("composer.toolsReset")}
        </button>
      </fieldset>
    </Popover>
  );
}
