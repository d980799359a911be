import { type Ref, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import type { ConversationDetail } from "../api/types.ts";
import { useErrorText } from "../api/use-error-text.ts";
import { stashFirstMessage } from "../composer/composer-settings.ts";
import { ChatSession, type ChatSessionProps } from "./chat-session.tsx";
import { Composer } from "./composer.tsx";
import { type LoadedTree, loadedTree } from "./conversation-tree.ts";
import { Suggestions } from "./suggestions.tsx";
import "./chat.css";

type ChatViewProps = Omit<ChatSessionProps, "conversationId" | "initial"> & {
  conversationId: string | null;
  /** A question asked before the conversation existed: creates it, then the session sends the question. */
  onStart: (question: string) => Promise<void>;
  composerRef?: Ref<HTMLTextAreaElement>;
};

/**
 * The middle pane: a new conversation's empty state, or an existing conversation loaded from the server and handed
 * to a ChatSession (one per conversation, so switching conversations never mixes their streams).
 */
export function ChatView(props: ChatViewProps) {
  const { conversationId, onStart, onConversationChange } = props;
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const [loaded, setLoaded] = useState<{ id: string; tree: LoadedTree } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<unknown>(null);

  useEffect(() => {
    if (!conversationId) return;
    const controller = new AbortController();
    setFailure(null);
    api
      .get<ConversationDetail>(`/v1/conversations/${conversationId}`, { signal: controller.signal })
      .then((detail) => {
        setLoaded({ id: conversationId, tree: loadedTree(detail) });
        onConversationChange(detail.conversation);
      })
      .catch((error: unknown) => !controller.signal.aborted && setFailure(error));
    return () => controller.abort();
  }, [api, conversationId, onConversationChange]);

  const start = async (question: string) => {
    setStarting(true);
    setStartError(null);
    try {
      await onStart(question);
    } catch (error) {
      setStartError(error);
    } finally {
      setStarting(false);
    }
  };

  if (!conversationId) {
    return (
      <div className="chat">
        <div className="chat__scroll">
          <Suggestions name={props.userName} onPick={(question) => void start(question)} />
        </div>
        <div className="chat__footer">
          {startError !== null && (
            <p className="form-error" role="alert">
              {errorText(startError)}
            </p>
          )}
          <Composer
            textareaRef={props.composerRef}
            writing={false}
            disabled={starting}
            onSend={(text, options) => {
              stashFirstMessage(text, options);
              void start(text);
            }}
            onStop={() => undefined}
            models={{ list: props.models, value: props.model, onChange: props.onModelChange }}
          />
        </div>
      </div>
    );
  }

  if (failure !== null) {
    return (
      <div className="chat chat--message">
        <p role="alert">{errorText(failure)}</p>
      </div>
    );
  }
  if (!loaded || loaded.id !== conversationId) {
    return (
      <div className="chat chat--message" role="status">
        {t("chat.loading")}
      </div>
    );
  }
  return (
    <ChatSession key={conversationId} {...props} conversationId={conversationId} initial={loaded.tree} />
  );
}
