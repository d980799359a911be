import { type Ref, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Conversation } from "../api/types.ts";
import { useErrorText } from "../api/use-error-text.ts";
import { Icon } from "../app/icons.tsx";
import { ConversationRow } from "./conversation-row.tsx";
import type { ConversationsState } from "./use-conversations.ts";
import "./conversations.css";

interface ConversationListProps {
  state: ConversationsState;
  activeId: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
  onDeleted: (conversation: Conversation) => void;
  searchRef?: Ref<HTMLInputElement>;
}

/** Search, new, pinned and recent conversations, and the trash to restore from. */
export function ConversationList({
  state,
  activeId,
  onOpen,
  onNew,
  onDeleted,
  searchRef,
}: ConversationListProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [actionError, setActionError] = useState<string | null>(null);
  const pinned = state.trash ? [] : state.conversations.filter((conversation) => conversation.pinned);
  const recent = state.trash
    ? state.conversations
    : state.conversations.filter((conversation) => !conversation.pinned);

  const attempt = (action: () => Promise<unknown>) => {
    setActionError(null);
    action().catch((failure: unknown) => setActionError(errorText(failure)));
  };
  const rowActions = {
    onOpen,
    onRename: async (id: string, title: string) => attempt(() => state.rename(id, title)),
    onPin: (id: string, value: boolean) => attempt(() => state.setPinned(id, value)),
    onDelete: (conversation: Conversation) =>
      attempt(async () => {
        await state.remove(conversation.id);
        onDeleted(conversation);
      }),
    onRestore: (conversation: Conversation) => attempt(() => state.restore(conversation.id)),
  };

  const section = (heading: string, list: Conversation[]) =>
    list.length > 0 && (
      <section className="conversation-list__section" aria-label={heading}>
        <h3 className="conversation-list__heading">{heading}</h3>
        <ul>
          {list.map((conversation) => (
            <ConversationRow
              key={conversation.id}
              conversation={conversation}
              active={conversation.id === activeId}
              {...rowActions}
            />
          ))}
        </ul>
      </section>
    );

  return (
    <div className="conversation-list">
      <div className="conversation-list__top">
        <h2 className="visually-hidden">{t("conversations.heading")}</h2>
        <button
          type="button"
          className="button button--primary button--block"
          onClick={onNew}
          aria-keyshortcuts="Control+Alt+N"
          title={t("conversations.newShortcut")}
        >
          <Icon name="plus" />
          {t("conversations.new")}
        </button>
        <div className="search-field">
          <Icon name="search" size={16} />
          <label className="visually-hidden" htmlFor="conversation-search">
            {t("conversations.search")}
          </label>
          <input
            id="conversation-search"
            ref={searchRef}
            type="search"
            placeholder={t("conversations.searchPlaceholder")}
            value={state.search}
            onChange={(event) => state.setSearch(event.target.value)}
          />
        </div>
      </div>
      <div className="conversation-list__scroll">
        {state.trash && <p className="conversation-list__note">{t("conversations.trashNote")}</p>}
        {actionError && (
          <p className="form-error" role="alert">
            {actionError}
          </p>
        )}
        {state.status === "error" && (
          <div className="form-error" role="alert">
            <p>{errorText(state.error)}</p>
            <button type="button" className="button button--secondary" onClick={state.reload}>
              {t("common.retry")}
            </button>
          </div>
        )}
        {state.status !== "loading" && state.conversations.length === 0 && state.status !== "error" && (
          <p className="conversation-list__empty">
            {state.search
              ? t("conversations.noMatches")
              : state.trash
                ? t("conversations.trashEmpty")
                : t("conversations.empty")}
          </p>
        )}
        {section(t("conversations.pinnedHeading"), pinned)}
        {section(state.trash ? t("conversations.trash") : t("conversations.recentHeading"), recent)}
        {state.hasMore && (
          <button
            type="button"
            className="button button--ghost button--block"
            onClick={() => attempt(state.loadMore)}
          >
            {t("conversations.loadMore")}
          </button>
        )}
        <p className="visually-hidden" role="status">
          {state.status === "loading" ? t("conversations.loading") : ""}
        </p>
      </div>
      <div className="conversation-list__bottom">
        <button
          type="button"
          className="button button--ghost button--block"
          aria-pressed={state.trash}
          onClick={() => state.setTrash(!state.trash)}
        >
          <Icon name={state.trash ? "undo" : "trash"} size={16} />
          {state.trash ? t("conversations.backToList") : t("conversations.trash")}
        </button>
      </div>
    </div>
  );
}
