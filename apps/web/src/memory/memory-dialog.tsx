import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../api/use-error-text.ts";
import { focusOnMount } from "../app/focus-on-mount.ts";
import { Icon } from "../app/icons.tsx";
import { ModalDialog } from "../chat/modal-dialog.tsx";
import { useFormat } from "../i18n/use-format.ts";
import { type Memory, useMemories } from "./use-memories.ts";
import "./memory.css";

/** A question asked before forgetting, answered in place (Cancel or "Yes, forget"). */
function Confirm(props: { question: string; onConfirm: () => void; onCancel: () => void; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="memory-confirm">
      <p>{props.question}</p>
      <div className="memory-confirm__actions">
        <button type="button" className="button button--ghost button--small" onClick={props.onCancel}>
          {t("common.cancel")}
        </button>
        <button
          type="button"
          className="button memory-confirm__yes button--small"
          disabled={props.busy}
          onClick={props.onConfirm}
          ref={focusOnMount}
        >
          {t("memory.confirm")}
        </button>
      </div>
    </div>
  );
}

/**
 * The memory screen: what Penny remembers about the person, newest first, each fact forgettable, and everything at
 * once; every deletion is confirmed first.
 */
export function MemoryDialog(props: {
  onClose: () => void;
  returnFocus?: () => HTMLElement | null | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const { memories, failure, more, forget, forgetAll } = useMemories();
  const [asking, setAsking] = useState<Memory | "all" | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");

  const run = async (action: () => Promise<void>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setAsking(null);
      setStatus(done);
    } catch (failed) {
      setError(failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title={t("memory.title")}
      icon="bookmark"
      closeLabel={t("memory.close")}
      onClose={props.onClose}
      className="memory-dialog"
      returnFocus={props.returnFocus}
    >
      <div className="memory-dialog__body">
        <p className="memory-dialog__lead">{t("memory.lead")}</p>
        <p className="visually-hidden" role="status">
          {status}
        </p>
        {(failure !== null || error !== null) && (
          <p className="form-error" role="alert">
            {errorText(error ?? failure)}
          </p>
        )}
        {memories === null && failure === null && (
          <p className="memory-dialog__muted">{t("memory.loading")}</p>
        )}
        {memories?.length === 0 && <p className="memory-dialog__muted">{t("memory.empty")}</p>}
        {memories && memories.length > 0 && (
          <ul className="memory-list" aria-label={t("memory.title")}>
            {memories.map((memory) => (
              <li key={memory.id} className="memory-list__item">
                <div className="memory-list__text">
                  <p className="memory-list__content">{memory.content}</p>
                  <p className="memory-list__meta">
                    {t("memory.addedOn", { date: format.dateTime(memory.createdAt) })}
                    {memory.source?.startsWith("conversation:") ? ` · ${t("memory.fromChat")}` : ""}
                  </p>
                </div>
                {asking !== "all" && asking?.id === memory.id ? (
                  <Confirm
                    question={t("memory.confirmDelete", { content: memory.content })}
                    busy={busy}
                    onCancel={() => setAsking(null)}
                    onConfirm={() => void run(() => forget(memory.id), t("memory.deleted"))}
                  />
                ) : (
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-label={t("memory.deleteNamed", { content: memory.content })}
                    onClick={() => setAsking(memory)}
                  >
                    <Icon name="trash" size={16} />
                    {t("memory.delete")}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {more && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void more()}
          >
            {t("conversations.loadMore")}
          </button>
        )}
      </div>
      {memories && memories.length > 0 && (
        <footer className="memory-dialog__footer">
          {asking === "all" ? (
            <Confirm
              question={t("memory.confirmDeleteAll", { count: memories.length })}
              busy={busy}
              onCancel={() => setAsking(null)}
              onConfirm={() => void run(forgetAll, t("memory.deletedAll"))}
            />
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setAsking("all")}>
              {t("memory.deleteAll")}
            </button>
          )}
        </footer>
      )}
    </ModalDialog>
  );
}
