import { type CSSProperties, useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Conversation } from "../api/types.ts";
import { Icon } from "../app/icons.tsx";
import { PennyMark } from "../app/penny-mark.tsx";
import { conversationPath, navigate } from "../app/router.ts";
import { ArtifactPanel } from "../artifacts/artifact-panel.tsx";
import { type ArtifactRef, artifactKey } from "../artifacts/artifact-ref.ts";
import { ChatView } from "../chat/chat-view.tsx";
import { ConversationMenu } from "../chat/conversation-menu.tsx";
import { ConversationList } from "../conversations/conversation-list.tsx";
import { useConversations } from "../conversations/use-conversations.ts";
import { ConversationExportMenu } from "../exports/conversation-export-menu.tsx";
import { CitationOpenerContext } from "../knowledge/citation-context.tsx";
import { CitationPanel } from "../knowledge/citation-panel.tsx";
import type { CitedPassage } from "../knowledge/citations.ts";
import { FilesLink } from "../knowledge/files-link.tsx";
import { MemoryDialog } from "../memory/memory-dialog.tsx";
import { WorkbenchPalette } from "../palette/workbench-palette.tsx";
import { useMe } from "../session/session-context.tsx";
import { TenantSwitcher } from "../tenants/tenant-switcher.tsx";
import { TenantLogo } from "../theme/tenant-logo.tsx";
import { AccountMenu } from "./account-menu.tsx";
import { PaneResizer } from "./pane-resizer.tsx";
import { UndoBar } from "./undo-bar.tsx";
import { useMediaQuery } from "./use-media-query.ts";
import { useModels } from "./use-models.ts";
import { useStoredNumber } from "./use-stored-number.ts";
import "./workbench.css";

const LIST_WIDTH = { min: 220, max: 420 };
const PANEL_WIDTH = { min: 320, max: 900 };
/** Below this width the list and the panel become drawers over the chat. */
const COMPACT_QUERY = "(max-width: 959px)";

/** A conversation's title from its first question: the first line, cut at a word near 80 characters. */
function titleFrom(question: string): string {
  const line = question.split("\n", 1)[0]?.trim() ?? "";
  if (line.length <= 80) return line;
  const cut = line.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : 80)}…`;
}

/**
 * The three panes: conversations, the chat, the artifact panel. On a wide screen the side panes are columns that
 * can be resized (drag or arrow keys) and collapsed; on a narrow one they are drawers. Keyboard: Ctrl/⌘+K opens the
 * command palette, Ctrl+Alt+N starts a conversation, Ctrl+Shift+F searches them, Escape closes a drawer.
 */
export function Workbench({ conversationId }: { conversationId: string | null }) {
  const { t } = useTranslation();
  const me = useMe();
  const conversations = useConversations();
  const { models, model, choose } = useModels();
  const compact = useMediaQuery(COMPACT_QUERY);
  const [listWidth, setListWidth] = useStoredNumber("penny.listWidth", 272, LIST_WIDTH);
  const [panelWidth, setPanelWidth] = useStoredNumber("penny.panelWidth", 480, PANEL_WIDTH);
  const [listOpen, setListOpen] = useState(!compact);
  const [panelOpen, setPanelOpen] = useState(false);
  const [artifacts, setArtifacts] = useState<ArtifactRef[]>([]);
  const [selected, setSelected] = useState<ArtifactRef | null>(null);
  // A cited source opened from an answer takes the artifact pane until an artifact is opened again.
  const [citation, setCitation] = useState<CitedPassage | null>(null);
  const [current, setCurrent] = useState<Conversation | null>(null);
  const [pendingPrompt, setPendingPrompt] = useState<{ conversationId: string; question: string } | null>(
    null,
  );
  const [deleted, setDeleted] = useState<Conversation | null>(null);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [memoryOpen, setMemoryOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const artifactCount = useRef(0);
  const composerRef = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const panelId = useId();
  const panelHeadingId = useId();

  // A new conversation starts with an empty panel; a drawer closes when the screen widens and reopens as a column.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset per conversation.
  useEffect(() => {
    setArtifacts([]);
    artifactCount.current = 0;
    setSelected(null);
    setCitation(null);
    setPanelOpen(false);
    if (compact) setListOpen(false);
    if (!conversationId) setCurrent(null);
  }, [conversationId]);
  useEffect(() => setListOpen(!compact), [compact]);

  const openConversation = useCallback((id: string) => navigate(conversationPath(id)), []);
  const newConversation = useCallback(() => {
    navigate("/");
    if (compact) setListOpen(false);
    requestAnimationFrame(() => composerRef.current?.focus());
  }, [compact]);

  const searchConversations = useCallback(() => {
    setListOpen(true);
    requestAnimationFrame(() => searchRef.current?.focus());
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const modifier = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (modifier && event.altKey && key === "n") {
        event.preventDefault();
        newConversation();
      } else if (modifier && !event.altKey && !event.shiftKey && key === "k") {
        event.preventDefault();
        setPaletteOpen(true);
      } else if (modifier && event.shiftKey && !event.altKey && key === "f") {
        event.preventDefault();
        searchConversations();
      } else if (event.key === "Escape" && compact && (listOpen || panelOpen)) {
        setListOpen(false);
        setPanelOpen(false);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [compact, listOpen, panelOpen, newConversation, searchConversations]);

  const start = useCallback(
    async (question: string) => {
      const created = await conversations.create(titleFrom(question));
      setPendingPrompt({ conversationId: created.id, question });
      navigate(conversationPath(created.id));
    },
    [conversations],
  );

  const openCitation = useCallback((passage: CitedPassage) => {
    setCitation(passage);
    setPanelOpen(true);
  }, []);

  const openArtifact = useCallback((artifact: ArtifactRef) => {
    setCitation(null);
    setSelected(artifact);
    setArtifacts((list) =>
      list.some((entry) => artifactKey(entry) === artifactKey(artifact)) ? list : [...list, artifact],
    );
    setPanelOpen(true);
  }, []);

  const listArtifacts = useCallback(
    (list: ArtifactRef[]) => {
      // Open the panel when a conversation first shows artifacts, not again after the person closed it.
      const first = artifactCount.current === 0 && list.length > 0;
      artifactCount.current = list.length;
      setArtifacts(list);
      setSelected((current) => {
        if (current && list.some((entry) => artifactKey(entry) === artifactKey(current))) return current;
        return list.at(-1) ?? null;
      });
      if (first && !compact) setPanelOpen(true);
    },
    [compact],
  );

  const onConversationChange = useCallback(
    (conversation: Conversation) => {
      setCurrent(conversation);
      conversations.upsert(conversation);
    },
    [conversations.upsert],
  );

  const clearPendingPrompt = useCallback(() => setPendingPrompt(null), []);
  const dismissUndo = useCallback(() => setDeleted(null), []);
  const undoDelete = async () => {
    if (!deleted) return;
    const restored = await conversations.restore(deleted.id);
    setDeleted(null);
    openConversation(restored.id);
  };

  const drawerOpen = compact && (listOpen || panelOpen);
  // The list has the latest title (a rename there), else the conversation as the chat loaded it.
  const listed = conversations.conversations.find((conversation) => conversation.id === conversationId);
  const loadedTitle = current?.id === conversationId ? current.title : "";
  const title = conversationId ? (listed?.title ?? loadedTitle) : t("chat.newConversation");
  useEffect(() => {
    document.title = title ? `${title} · Penny` : "Penny";
  }, [title]);

  return (
    <div
      className={`workbench${compact ? " workbench--compact" : ""}`}
      style={{ "--list-width": `${listWidth}px`, "--panel-width": `${panelWidth}px` } as CSSProperties}
    >
      <a className="skip-link" href="#composer">
        {t("workbench.skipToComposer")}
      </a>
      <header className="topbar" inert={drawerOpen}>
        <button
          type="button"
          className="icon-button"
          aria-controls={listId}
          aria-expanded={listOpen}
          aria-label={listOpen ? t("workbench.hideConversations") : t("workbench.showConversations")}
          title={listOpen ? t("workbench.hideConversations") : t("workbench.showConversations")}
          onClick={() => setListOpen((value) => !value)}
        >
          <Icon name="menu" />
        </button>
        <span className="topbar__brand">
          <PennyMark className="topbar__mark" />
          <span className="topbar__name">Penny</span>
          <TenantLogo />
          <TenantSwitcher />
        </span>
        <h1 className="topbar__title">{title}</h1>
        {current && current.id === conversationId && <ConversationExportMenu conversationId={current.id} />}
        {current && current.id === conversationId && (
          <ConversationMenu conversation={current} onChange={onConversationChange} />
        )}
        <div className="topbar__end">
          <button
            type="button"
            className="icon-button"
            aria-controls={panelId}
            aria-expanded={panelOpen}
            aria-label={panelOpen ? t("workbench.hideArtifacts") : t("workbench.showArtifacts")}
            title={panelOpen ? t("workbench.hideArtifacts") : t("workbench.showArtifacts")}
            onClick={() => setPanelOpen((value) => !value)}
          >
            <Icon name="panel" />
          </button>
          <AccountMenu />
        </div>
      </header>
      <div className="workbench__body">
        <nav
          id={listId}
          className={`pane pane--list${listOpen ? " pane--open" : ""}`}
          aria-label={t("conversations.heading")}
          hidden={!listOpen}
        >
          <ConversationList
            state={conversations}
            activeId={conversationId}
            searchRef={searchRef}
            onOpen={(id) => {
              openConversation(id);
              if (compact) setListOpen(false);
            }}
            onNew={newConversation}
            onDeleted={(conversation) => {
              setDeleted(conversation);
              if (conversation.id === conversationId) navigate("/");
            }}
          />
          <FilesLink />
        </nav>
        {listOpen && !compact && (
          <PaneResizer
            label={t("workbench.resizeConversations")}
            controls={listId}
            value={listWidth}
            {...LIST_WIDTH}
            edge="left"
            onChange={setListWidth}
          />
        )}
        <main className="pane pane--chat" inert={drawerOpen}>
          <CitationOpenerContext.Provider value={openCitation}>
            <ChatView
              key={conversationId ?? "new"}
              conversationId={conversationId}
              initialPrompt={
                pendingPrompt?.conversationId === conversationId ? pendingPrompt.question : undefined
              }
              onInitialPromptSent={clearPendingPrompt}
              onStart={start}
              models={models}
              model={model}
              onModelChange={choose}
              userName={me.user?.name.split(" ")[0]}
              onOpenArtifact={openArtifact}
              onArtifactsChange={listArtifacts}
              onConversationChange={onConversationChange}
              composerRef={composerRef}
            />
          </CitationOpenerContext.Provider>
        </main>
        {panelOpen && !compact && (
          <PaneResizer
            label={t("workbench.resizeArtifacts")}
            controls={panelId}
            value={panelWidth}
            {...PANEL_WIDTH}
            edge="right"
            onChange={setPanelWidth}
          />
        )}
        <aside
          id={panelId}
          className={`pane pane--panel${panelOpen ? " pane--open" : ""}`}
          aria-labelledby={panelHeadingId}
          hidden={!panelOpen}
        >
          {citation ? (
            <CitationPanel
              passage={citation}
              onClose={() => {
                setCitation(null);
                setPanelOpen(false);
              }}
              headingId={panelHeadingId}
            />
          ) : (
            <ArtifactPanel
              artifacts={artifacts}
              selected={selected}
              onSelect={setSelected}
              onClose={() => setPanelOpen(false)}
              headingId={panelHeadingId}
            />
          )}
        </aside>
        {drawerOpen && (
          <button
            type="button"
            className="drawer-backdrop"
            aria-label={t("workbench.closeDrawer")}
            onClick={() => {
              setListOpen(false);
              setPanelOpen(false);
            }}
          />
        )}
      </div>
      {paletteOpen && (
        <WorkbenchPalette
          onClose={() => setPaletteOpen(false)}
          actions={{
            conversations: conversations.conversations,
            listOpen,
            panelOpen,
            newConversation,
            searchConversations,
            openConversation,
            toggleList: () => setListOpen((value) => !value),
            togglePanel: () => setPanelOpen((value) => !value),
            openMemory: () => setMemoryOpen(true),
          }}
        />
      )}
      {memoryOpen && <MemoryDialog onClose={() => setMemoryOpen(false)} />}
      {deleted && <UndoBar title={deleted.title} onUndo={() => void undoDelete()} onDismiss={dismissUndo} />}
    </div>
  );
}
