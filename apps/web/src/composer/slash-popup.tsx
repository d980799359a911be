import { type KeyboardEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { toolLabel } from "../chat/tool-names.ts";
import { matchingCommands, type SlashCommand, slashCommands, slashQuery } from "./slash-commands.ts";
import type { ToolEntry } from "./use-tools.ts";

/**
 * The "/" commands of the composer: while a "/word" is typed before the caret, a list of matching tool commands
 * opens under the message box. Up/Down move, Enter or Tab choose, Escape closes; the textarea keeps focus and names
 * the highlighted command through aria-activedescendant.
 */
export function useSlashCommands(options: {
  tools: ToolEntry[];
  text: string;
  caret: number;
  onChoose: (command: SlashCommand, range: { start: number; end: number }) => void;
}) {
  const { tools, text, caret, onChoose } = options;
  const listId = useId();
  const [highlight, setHighlight] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<string | null>(null);
  const commands = useMemo(() => slashCommands(tools), [tools]);
  const query = slashQuery(text, caret);
  const matches = query ? matchingCommands(commands, query.query) : [];
  const key = query ? `${query.start}:${query.query}` : null;
  const open = query !== null && commands.length > 0 && dismissedAt !== key;
  const active = Math.min(highlight, Math.max(matches.length - 1, 0));
  const optionId = (index: number) => `${listId}-${index}`;

  const choose = (command: SlashCommand | undefined) => {
    if (!command || !query) return;
    setHighlight(0);
    onChoose(command, { start: query.start, end: caret });
  };

  /** Handles the popup's keys; true when the key was used (the composer must not send on that Enter). */
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const step = event.key === "ArrowDown" ? 1 : -1;
      setHighlight((active + step + matches.length) % Math.max(matches.length, 1));
    } else if ((event.key === "Enter" || event.key === "Tab") && !event.shiftKey && matches.length > 0) {
      choose(matches[active]);
    } else if (event.key === "Escape") {
      setDismissedAt(key);
    } else return false;
    event.preventDefault();
    event.stopPropagation();
    return true;
  };

  const textareaProps =
    open && matches.length > 0 ? { "aria-controls": listId, "aria-activedescendant": optionId(active) } : {};

  const popup = open ? (
    <SlashPopup
      id={listId}
      matches={matches}
      active={active}
      optionId={optionId}
      query={query?.query ?? ""}
      onChoose={choose}
    />
  ) : null;

  return { onKeyDown, textareaProps, popup };
}

function SlashPopup(props: {
  id: string;
  matches: SlashCommand[];
  active: number;
  optionId: (index: number) => string;
  query: string;
  onChoose: (command: SlashCommand) => void;
}) {
  const { id, matches, active, optionId, query, onChoose } = props;
  const { t } = useTranslation();
  return (
    <div className="slash-popup">
      <p className="visually-hidden" role="status">
        {matches.length > 0
          ? t("composer.slashAvailable", { count: matches.length })
          : t("composer.slashEmpty", { text: `/${query}` })}
      </p>
      {matches.length === 0 ? (
        <p className="slash-popup__empty">{t("composer.slashEmpty", { text: `/${query}` })}</p>
      ) : (
        <div id={id} role="listbox" aria-label={t("composer.slashLabel")} className="slash-popup__list">
          {matches.map((command, index) => (
            // The textarea keeps focus and points at the highlighted option (aria-activedescendant), so options
            // are not focusable themselves and the keyboard works from the textarea.
            // biome-ignore lint/a11y/useFocusableInteractive: see above.
            // biome-ignore lint/a11y/useKeyWithClickEvents: see above.
            <div
              key={command.tool}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={`slash-popup__option${index === active ? " slash-popup__option--active" : ""}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onChoose(command)}
            >
              <span className="slash-popup__command">/{command.command}</span>
              <span className="slash-popup__tool">{toolLabel(t, command.tool)}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
