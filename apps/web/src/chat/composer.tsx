import { type FormEvent, type KeyboardEvent, type Ref, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ModelEntry } from "../api/types.ts";
import { Icon } from "../app/icons.tsx";
import { ModelPicker } from "./model-picker.tsx";

/** The longest question Penny accepts (the API's limit). */
const MAX_MESSAGE_LENGTH = 32_000;

/**
 * Where the person writes: Enter sends, Shift+Enter starts a new line. While an answer is being written the send
 * button becomes Stop.
 */
export function Composer(props: {
  onSend: (text: string) => void;
  onStop: () => void;
  writing: boolean;
  disabled?: boolean;
  /** The models to pick from (the picker hides when there are none) and the one picked. */
  models: { list: ModelEntry[]; value: string | undefined; onChange: (modelId: string) => void };
  textareaRef?: Ref<HTMLTextAreaElement>;
}) {
  const { onSend, onStop, writing, disabled, models, textareaRef } = props;
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const canSend = text.trim().length > 0 && !writing && !disabled;

  const send = () => {
    if (!canSend) return;
    onSend(text.trim());
    setText("");
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  return (
    <form className="composer" onSubmit={onSubmit}>
      <div className="composer__box">
        <textarea
          id="composer"
          ref={textareaRef}
          className="composer__input"
          aria-label={t("chat.message")}
          placeholder={t("chat.placeholder")}
          rows={1}
          maxLength={MAX_MESSAGE_LENGTH}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <div className="composer__bar">
          <div className="composer__tools">
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
      <p className="composer__hint">{t("chat.hint")}</p>
    </form>
  );
}
