import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** How long the undo offer stays before it goes away on its own (the trash keeps the conversation anyway). */
const UNDO_VISIBLE_MS = 10_000;

/** "Moved to the trash · Undo": a polite status with the one action that reverses it. */
export function UndoBar(props: { title: string; onUndo: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  const { onDismiss } = props;
  useEffect(() => {
    const timer = setTimeout(onDismiss, UNDO_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [onDismiss]);
  return (
    <div className="undo-bar" role="status">
      <span>{t("conversations.deleted", { title: props.title })}</span>
      <button type="button" className="button button--ghost undo-bar__action" onClick={props.onUndo}>
        {t("conversations.undo")}
      </button>
      <button
        type="button"
        className="icon-button icon-button--small"
        aria-label={t("common.dismiss")}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
