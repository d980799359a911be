import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Conversation } from "../api/types.ts";
import { focusOnMount } from "../app/focus-on-mount.ts";
import { Icon } from "../app/icons.tsx";
import { MenuButton } from "../app/menu-button.tsx";
import { conversationPath } from "../app/router.ts";
import { useFormat } from "../i18n/use-format.ts";

interface RowActions {
  onOpen: (id: string) => void;
  onRename: (id: string, title: string) => Promise<void>;
  onPin: (id: string, pinned: boolean) => void;
  onDelete: (conversation: Conversation) => void;
  onRestore: (conversation: Conversation) => void;
}

/** One conversation in the list: a link to it, and its actions behind a menu (or Restore, in the trash). */
export function ConversationRow(props: { conversation: Conversation; active: boolean } & RowActions) {
  const { conversation, active, onOpen, onRename, onPin, onDelete, onRestore } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(conversation.title);
  const inTrash = conversation.deletedAt !== null;

  const submitRename = async (event: FormEvent) => {
    event.preventDefault();
    const next = title.trim();
    if (next && next !== conversation.title) await onRename(conversation.id, next);
    setRenaming(false);
  };

  if (renaming) {
    return (
      <li className="conversation-row conversation-row--editing">
        <form onSubmit={submitRename}>
          <label className="visually-hidden" htmlFor={`rename-${conversation.id}`}>
            {t("conversations.titleLabel")}
          </label>
          <input
            id={`rename-${conversation.id}`}
            className="conversation-row__input"
            value={title}
            maxLength={200}
            onChange={(event) => setTitle(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                setTitle(conversation.title);
                setRenaming(false);
              }
            }}
            onBlur={submitRename}
            ref={focusOnMount}
          />
        </form>
      </li>
    );
  }

  return (
    <li className={active ? "conversation-row conversation-row--active" : "conversation-row"}>
      <a
        className="conversation-row__link"
        href={conversationPath(conversation.id)}
        aria-current={active ? "page" : undefined}
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || inTrash) return;
          event.preventDefault();
          onOpen(conversation.id);
        }}
      >
        <span className="conversation-row__title">
          {conversation.pinned && !inTrash && (
            <span className="conversation-row__pin" title={t("conversations.pinned")}>
              <Icon name="pin" size={14} />
              <span className="visually-hidden">{t("conversations.pinned")}: </span>
            </span>
          )}
          {conversation.title}
        </span>
        <time className="conversation-row__time" dateTime={conversation.updatedAt}>
          {format.ago(conversation.updatedAt)}
        </time>
      </a>
      {inTrash ? (
        <button
          type="button"
          className="icon-button"
          aria-label={t("conversations.restoreNamed", { title: conversation.title })}
          title={t("conversations.restore")}
          onClick={() => onRestore(conversation)}
        >
          <Icon name="restore" />
        </button>
      ) : (
        <MenuButton
          className="conversation-row__menu"
          label={t("conversations.actionsFor", { title: conversation.title })}
          icon={<Icon name="more" />}
          items={[
            { label: t("conversations.rename"), onSelect: () => setRenaming(true) },
            {
              label: conversation.pinned ? t("conversations.unpin") : t("conversations.pin"),
              onSelect: () => onPin(conversation.id, !conversation.pinned),
            },
            { label: t("conversations.delete"), onSelect: () => onDelete(conversation), danger: true },
          ]}
        />
      )}
    </li>
  );
}
