import { type DragEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../app/icons.tsx";

/** Whether a drag carries files (not text or a link being dragged about the page). */
export const dragHasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes("Files");

/** A place to drop files, with a button that opens the file picker (several files at once) for keyboard users. */
export function DropZone(props: { onFiles: (files: File[]) => void; disabled?: boolean }) {
  const { onFiles, disabled } = props;
  const { t } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    if (!dragHasFiles(event)) return;
    event.preventDefault();
    setOver(false);
    if (!disabled) onFiles(Array.from(event.dataTransfer.files));
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is the pointer's shortcut; the button beside it does the same from the keyboard.
    <div
      className={`knowledge-drop${over ? " knowledge-drop--over" : ""}`}
      onDragOver={(event) => {
        if (!dragHasFiles(event)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Icon name="download" />
      <p>{t("knowledge.drop.hint")}</p>
      <button
        type="button"
        className="button button--primary knowledge-drop__pick"
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {t("knowledge.drop.pick")}
      </button>
      <input
        id={inputId}
        ref={input}
        className="visually-hidden"
        tabIndex={-1}
        // The button beside it is the control people use; this input only opens the picker.
        aria-hidden="true"
        type="file"
        multiple
        disabled={disabled}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
