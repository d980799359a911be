import { type FormEvent, type KeyboardEvent, type Ref, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ModelEntry } from "../api/types.ts";
import { Icon } from "../app/icons.tsx";
import { type MessageOptions, messageOptions, useComposerSettings } from "../composer/composer-settings.ts";
import { PresetPicker } from "../composer/preset-picker.tsx";
import { useSlashCommands } from "../composer/slash-popup.tsx";
import { ToolsPicker } from "../composer/tools-picker.tsx";
import { usePresets } from "../composer/use-presets.ts";
import { useTools } from "../composer/use-tools.ts";
import "../composer/composer.css";
import { useComposerAttachments } from "../knowledge/composer-attachments.tsx";
import { ModelPicker, useModelLabel } from "./model-picker.tsx";
import { toolLabel } from "./tool-names.ts";

/** The longest question Penny accepts (the API's limit). */
const MAX_MESSAGE_LENGTH = 32_000;

/**
 * Where the person writes: Enter sends, Shift+Enter starts a new line, "/" opens the tool commands (a chosen one
 * allows only that tool for this message, shown as a removable chip). Beside the send button: the preset, the tools
 * allowed and the model. While an answer is being written the send button becomes Stop.
 */
export function Composer(props: {
  onSend: (text: string, options: MessageOptions) => void;
  onStop: () => void;
  writing: boolean;
  disabled?: boolean;
  /** The models to pick from (the picker hides when there are none) and the one picked. */
  models: { list: ModelEntry[]; value: string | undefined; onChange: (modelId: string) => void };
  textareaRef?: Ref<HTMLTextAreaElement>;
}) {
  const { onSend, onStop, writing, disabled, models, textareaRef } = props;
  const { t } = useTranslation();
  const modelLabel = useModelLabel();
  const tools = useTools();
  const presets = usePresets();
  const { settings, update } = useComposerSettings();
  const [text, setText] = useState("");
  const [caret, setCaret] = useState(0);
  const [slashTools, setSlashTools] = useState<string[]>([]);
  const inputRef = useRef<HTMLTextAreaElement | null>(null);
  const canSend = text.trim().length > 0 && !writing && !disabled;
  const knowledge = useComposerAttachments({ disabled: writing || Boolean(disabled) });

  const slash = useSlashCommands({
    tools,
    text,
    caret,
    onChoose: (command, range) => {
      const rest = `${text.slice(0, range.start)}${text.slice(range.end).replace(/^ /, "")}`;
      setText(rest);
      setCaret(range.start);
      setSlashTools((list) => (list.includes(command.tool) ? list : [...list, command.tool]));
      requestAnimationFrame(() => inputRef.current?.setSelectionRange(range.start, range.start));
    },
  });

  const send = () => {
    if (!canSend) return;
    const scope = knowledge.scope();
    onSend(text.trim(), { ...messageOptions(settings, slashTools), ...(scope ? { knowledge: scope } : {}) });
    knowledge.clear();
    setText("");
    setCaret(0);
    setSlashTools([]);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (slash.onKeyDown(event)) return;
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };
  const setRefs = (element: HTMLTextAreaElement | null) => {
    inputRef.current = element;
    if (typeof textareaRef === "function") textareaRef(element);
    else if (textareaRef) textareaRef.current = element;
  };
  const active = models.list.find((model) => model.id === models.value);

  return (
    <form className="composer" onSubmit={onSubmit}>
      <div
        className={`composer__box${knowledge.dragging ? " knowledge-dragging" : ""}`}
        {...knowledge.dropProps}
      >
        {slash.popup}
        {knowledge.chips}
        {slashTools.length > 0 && (
          <ul className="composer__chips" aria-label={t("composer.slashLabel")}>
            {slashTools.map((tool) => (
              <li key={tool} className="composer-chip">
                <span>{t("composer.onlyTool", { tool: toolLabel(t, tool) })}</span>
                <button
                  type="button"
                  className="composer-chip__remove"
                  aria-label={t("composer.removeTool", { tool: toolLabel(t, tool) })}
                  title={t("composer.removeTool", { tool: toolLabel(t, tool) })}
                  onClick={() => {
                    setSlashTools((list) => list.filter((entry) => entry !== tool));
                    inputRef.current?.focus();
                  }}
                >
                  <Icon name="close" size={14} />
                </button>
              </li>
            ))}
          </ul>
        )}
        <textarea
          id="composer"
          ref={setRefs}
          className="composer__input"
          aria-label={t("chat.message")}
          placeholder={t("chat.placeholder")}
          rows={1}
          maxLength={MAX_MESSAGE_LENGTH}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setCaret(event.target.selectionStart);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          onPaste={knowledge.onPaste}
          {...slash.textareaProps}
        />
        <div className="composer__bar">
          <div className="composer__tools">
            {knowledge.attachButton}
            {knowledge.collectionPicker}
            <PresetPicker
              presets={presets.presets}
              activeId={settings.presetId}
              disabled={writing}
              setup={{
                model: models.value,
                modelLabel: active ? modelLabel(active) : undefined,
                toolsAllowed: settings.toolsAllowed,
              }}
              onCreate={presets.create}
              onApply={(preset) => {
                update({
                  presetId: preset?.id ?? null,
                  ...(preset ? { toolsAllowed: preset.toolsAllowed } : {}),
                });
                if (preset?.model && models.list.some((model) => model.id === preset.model)) {
                  models.onChange(preset.model);
                }
              }}
            />
            <ToolsPicker
              tools={tools}
              value={settings.toolsAllowed}
              disabled={writing}
              onChange={(toolsAllowed) => update({ toolsAllowed })}
            />
            <ModelPicker
              models={models.list}
              value={models.value}
              onChange={models.onChange}
              disabled={writing}
            />
          </div>
          {writing ? (
            <button type="button" className="button button--secondary composer__send" onClick={onStop}>
              <Icon name="stop" size={16} />
              {t("chat.stop")}
            </button>
          ) : (
            <button type="submit" className="button button--primary composer__send" disabled={!canSend}>
              <Icon name="send" size={16} />
              {t("chat.send")}
            </button>
          )}
        </div>
      </div>
      <p className="composer__hint">
        {t("chat.hint")} · {t("composer.slashHint")}
      </p>
    </form>
  );
}
