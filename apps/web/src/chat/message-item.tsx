import { type FormEvent, memo, useState } from "react";
import { useTranslation } from "react-i18next";
import { focusOnMount } from "../app/focus-on-mount.ts";
import { Icon } from "../app/icons.tsx";
import type { ArtifactRef } from "../artifacts/artifact-ref.ts";
import { CopyButton } from "../markdown/copy-button.tsx";
import type { TreeNode } from "./conversation-tree.ts";
import { MessageParts } from "./message-parts.tsx";
import { messageText, type PennyMessage } from "./penny-message.ts";
import { QuickReplies } from "./quick-reply-chips.tsx";
import { SiblingNav } from "./sibling-nav.tsx";

export interface MessageActions {
  onOpenArtifact: (artifact: ArtifactRef) => void;
  onDecide: (
    approvalId: string,
    decision: { approved: boolean; editedArguments?: Record<string, unknown> },
  ) => void;
  onRegenerate: (messageId: string) => void;
  onEdit: (messageId: string, text: string) => void;
  onSwitch: (messageId: string) => void;
  /** Opens two versions of a message side by side. */
  onCompare: (messageId: string, otherId: string) => void;
  /** Sends a quick reply to a clarifying question. */
  onQuickReply: (text: string) => void;
  modelLabel: (modelId: string | null) => string | null;
}

interface MessageItemProps extends MessageActions {
  message: PennyMessage;
  node: TreeNode | undefined;
  /** This message is the answer being written right now. */
  streaming: boolean;
  /** Some answer is being written (actions that start another wait). */
  busy: boolean;
  /** The last message of the branch: its clarifying question may get quick replies. */
  last: boolean;
}

/** One message: a question (editable), or an answer with its text, tool cards, artifacts and actions. */
export const MessageItem = memo(function MessageItem(props: MessageItemProps) {
  const { message, node, streaming, busy } = props;
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const text = messageText(message);
  const versions = (
    <SiblingNav
      node={node}
      currentId={message.id}
      disabled={busy}
      onSwitch={props.onSwitch}
      onCompare={props.onCompare}
    />
  );

  if (message.role === "user") {
    return (
      <li className="message message--user">
        <h3 className="visually-hidden">{t("chat.you")}</h3>
        {editing ? (
          <EditQuestion
            initial={text}
            onCancel={() => setEditing(false)}
            onSave={(value) => {
              setEditing(false);
              props.onEdit(message.id, value);
            }}
          />
        ) : (
          <div className="message__bubble">
            <p className="message__question">{text}</p>
          </div>
        )}
        <div className="message__actions">
          {versions}
          {node && !editing && (
            <button
              type="button"
              className="icon-button icon-button--small"
              aria-label={t("chat.edit")}
              title={t("chat.edit")}
              disabled={busy}
              onClick={() => setEditing(true)}
            >
              <Icon name="pencil" size={16} />
            </button>
          )}
        </div>
      </li>
    );
  }

  const model = props.modelLabel(node?.model ?? null);
  const empty = message.parts.length === 0;

  return (
    <li
      id={`message-${message.id}`}
      tabIndex={-1}
      className="message message--assistant"
      aria-busy={streaming || undefined}
    >
      <h3 className="visually-hidden">{t("chat.penny")}</h3>
      <div className="message__body">
        {empty && streaming && <p className="message__thinking">{t("chat.thinking")}</p>}
        {empty && !streaming && <p className="message__unfinished">{t("chat.unfinished")}</p>}
        <MessageParts
          message={message}
          busy={busy}
          onOpenArtifact={props.onOpenArtifact}
          onDecide={props.onDecide}
        />
        {props.last && !busy && <QuickReplies message={message} onReply={props.onQuickReply} />}
      </div>
      {!streaming && !empty && (
        <div className="message__actions">
          {versions}
          {text && <CopyButton text={text} label={t("chat.copyAnswer")} />}
          {node && (
            <button
              type="button"
              className="icon-button icon-button--small"
              aria-label={t("chat.regenerate")}
              title={t("chat.regenerate")}
              disabled={busy}
              onClick={() => props.onRegenerate(message.id)}
            >
              <Icon name="refresh" size={16} />
            </button>
          )}
          {model && <span className="message__model">{model}</span>}
        </div>
      )}
    </li>
  );
});

function EditQuestion(props: { initial: string; onSave: (text: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(props.initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) props.onSave(value.trim());
  };
  return (
    <form className="message__edit" onSubmit={submit}>
      <label className="visually-hidden" htmlFor="edit-question">
        {t("chat.editLabel")}
      </label>
      <textarea
        id="edit-question"
        value={value}
        rows={3}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => event.key === "Escape" && props.onCancel()}
        ref={focusOnMount}
      />
      <div className="message__edit-actions">
        <button type="button" className="button button--ghost" onClick={props.onCancel}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="button button--primary">
          {t("chat.saveAndSend")}
        </button>
      </div>
    </form>
  );
}
