import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { Icon } from "../app/icons.tsx";
import { filterCommands, type PaletteCommand } from "./palette-command.ts";
import "./palette.css";

/**
 * The command palette: a modal dialog with a combobox that filters a listbox of commands as one types. Arrow keys
 * (and Home/End) move the active option, Enter runs it, Escape closes; focus goes back to where it was, then the
 * command runs (so a command that moves focus wins).
 */
export function CommandPalette({ commands, onClose }: { commands: PaletteCommand[]; onClose(): void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const optionId = useId();
  const matches = useMemo(() => filterCommands(commands, query), [commands, query]);
  const current = matches[Math.min(active, matches.length - 1)];

  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      if (before?.isConnected) before.focus();
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the active option is scrolled into view when it changes.
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: "nearest" });
  }, [current]);

  const run = (command: PaletteCommand | undefined) => {
    if (!command) return;
    onClose();
    requestAnimationFrame(() => command.run());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = matches.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active >= last ? 0 : active + 1,
      ArrowUp: active <= 0 ? last : active - 1,
      Home: 0,
      End: last,
      PageDown: Math.min(last, active + 8),
      PageUp: Math.max(0, active - 8),
    };
    const move = moves[event.key];
    if (move !== undefined && matches.length > 0) {
      event.preventDefault();
      setActive(move);
    } else if (event.key === "Enter") {
      event.preventDefault();
      run(current);
    }
  };

  let lastGroup = "";
  return createPortal(
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape closes the dialog natively; the click is for the backdrop.
    <dialog
      ref={ref}
      className="palette"
      aria-label={t("palette.title")}
      aria-modal="true"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => event.target === event.currentTarget && onClose()}
    >
      <div className="palette__field">
        <Icon name="search" />
        <input
          className="palette__input"
          role="combobox"
          aria-label={t("palette.input")}
          placeholder={t("palette.input")}
          aria-expanded={matches.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={current ? `${optionId}-${current.id}` : undefined}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <div
        ref={listRef}
        id={listId}
        role="listbox"
        className="palette__list"
        aria-label={t("palette.results")}
      >
        {matches.map((command, index) => {
          const heading = command.group !== lastGroup ? command.group : null;
          lastGroup = command.group;
          return (
            // The field keeps focus and points at the active option (aria-activedescendant), so options are not
            // focusable themselves and the keyboard works from the field.
            // biome-ignore lint/a11y/useFocusableInteractive: see above.
            // biome-ignore lint/a11y/useKeyWithClickEvents: see above.
            <div
              key={command.id}
              id={`${optionId}-${command.id}`}
              role="option"
              aria-selected={command === current}
              className={`palette__option${heading ? " palette__option--first" : ""}`}
              onMouseMove={() => setActive(index)}
              onClick={() => run(command)}
            >
              <span className="palette__label">{command.label}</span>
              {heading && (
                <span className="palette__group" aria-hidden="true">
                  {heading}
                </span>
              )}
            </div>
          );
        })}
      </div>
      <p className="palette__status" role="status">
        {matches.length === 0 ? t("palette.noMatches") : t("palette.count", { count: matches.length })}
      </p>
    </dialog>,
    document.body,
  );
}
