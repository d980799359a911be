import { Chat, useChat } from "@ai-sdk/react";
import { type Ref, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import type { Conversation, ConversationDetail, ModelEntry } from "../api/types.ts";
import type { ArtifactRef } from "../artifacts/artifact-ref.ts";
import { messageOptions, takeFirstMessage, useComposerSettings } from "../composer/composer-settings.ts";
import { ChatError } from "./chat-error.tsx";
import { CompareDialog } from "./compare-dialog.tsx";
import { Composer } from "./composer.tsx";
import { answerInProgress, type LoadedTree, loadedTree, type TreeNode } from "./conversation-tree.ts";
import { MessageList } from "./message-list.tsx";
import { useModelLabel } from "./model-picker.tsx";
import { PennyChatTransport } from "./penny-chat-transport.ts";
import type { PennyMessage } from "./penny-message.ts";
import { Suggestions } from "./suggestions.tsx";

export interface ChatSessionProps {
  conversationId: string;
  initial: LoadedTree;
  /** A new conversation's first question, sent as soon as the session opens. */
  initialPrompt?: string;
  /** Called once the first question went out, so it is never sent twice. */
  onInitialPromptSent?: () => void;
  models: ModelEntry[];
  model: string | undefined;
  onModelChange: (modelId: string) => void;
  userName: string | undefined;
  onOpenArtifact: (artifact: ArtifactRef) => void;
  onArtifactsChange: (artifacts: ArtifactRef[]) => void;
  onConversationChange: (conversation: Conversation) => void;
  composerRef?: Ref<HTMLTextAreaElement>;
}

/** The artifacts named on the active branch, in order, each version once. */
function artifactsOf(messages: PennyMessage[]): ArtifactRef[] {
  const seen = new Map<string, ArtifactRef>();
  for (const message of messages) {
    for (const part of message.parts) {
      if (part.type === "data-artifact") seen.set(`${part.data.id}@${part.data.version}`, part.data);
    }
  }
  return [...seen.values()];
}

/**
 * One open conversation, driven by the AI SDK's useChat over Penny's transport: sends, streams, stops, regenerates,
 * edits (a new branch), switches branches, decides approvals, and after each answer re-reads the tree from the server
 * so ids, branches and stored parts are the server's.
 */
export function ChatSession(props: ChatSessionProps) {
  const { conversationId, initial, initialPrompt } = props;
  const { t } = useTranslation();
  const api = useApi();
  const modelLabel = useModelLabel();
  const [nodes, setNodes] = useState<Map<string, TreeNode>>(initial.nodes);
  const nodesRef = useRef(nodes);
  const latest = useRef(props);
  latest.current = props;
  const syncGeneration = useRef(0);
  const editedArguments = useRef(new Map<string, Record<string, unknown>>()).current;
  const resumeAnswerId = useRef(answerInProgress(initial.messages));
  const [comparing, setComparing] = useState<{ a: string; b: string } | null>(null);
  const { settings } = useComposerSettings();
  /** The standing run options (preset, tools allowed) for regenerations, edits and quick replies. */
  const standing = useRef(messageOptions(settings, []));
  standing.current = messageOptions(settings, []);

  const [chat] = useState(() => {
    const created: Chat<PennyMessage> = new Chat<PennyMessage>({
      id: conversationId,
      messages: initial.messages,
      transport: new PennyChatTransport({
        api,
        conversationId,
        model: () => latest.current.model,
        knownMessages: () => nodesRef.current,
        answerInProgress: () => resumeAnswerId.current,
        editedArguments,
      }),
      onData: (part) => {
        if (part.type === "data-artifact") latest.current.onOpenArtifact(part.data);
      },
      onFinish: ({ isError, message }) => {
        resumeAnswerId.current = undefined;
        // A send the server refused left nothing to re-read: keep the question on screen for Retry.
        if (isError && message.parts.length === 0) return;
        void sync();
      },
    });
    /** Re-reads the conversation; skipped if another answer started meanwhile. */
    const sync = async () => {
      const generation = ++syncGeneration.current;
      const detail = await api
        .get<ConversationDetail>(`/v1/conversations/${conversationId}`)
        .catch(() => null);
      if (!detail || generation !== syncGeneration.current) return;
      if (created.status === "submitted" || created.status === "streaming") return;
      const tree = loadedTree(detail);
      nodesRef.current = tree.nodes;
      setNodes(tree.nodes);
      created.messages = tree.messages;
      latest.current.onConversationChange(detail.conversation);
    };
    return Object.assign(created, { sync });
  });

  const { messages, status, error, sendMessage, regenerate, addToolApprovalResponse } = useChat({
    chat,
    // At most one render per 50 ms while text streams in: smooth, and cheap on long conversations.
    experimental_throttle: 50,
  });
  const writing = status === "submitted" || status === "streaming";

  // Resume an answer that was being written when the page was loaded, and send a new conversation's first question.
  // Once per session (a ref, so React's development double-run of effects does not send twice).
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    if (resumeAnswerId.current) void chat.resumeStream();
    else if (initialPrompt && chat.messages.length === 0) {
      latest.current.onInitialPromptSent?.();
      void chat.sendMessage({ text: initialPrompt }, { body: takeFirstMessage(initialPrompt) });
    }
  }, [chat, initialPrompt]);

  const artifactKeys = useMemo(() => artifactsOf(messages), [messages]);
  const artifactSignature = artifactKeys.map((artifact) => `${artifact.id}@${artifact.version}`).join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature stands for the list's contents.
  useEffect(() => {
    latest.current.onArtifactsChange(artifactKeys);
  }, [artifactSignature]);

  const stop = useCallback(async () => {
    try {
      const stopped = await api.post<{ runId: string | null }>(`/v1/chat/${conversationId}/stop`);
      // Nothing was running on the server yet: end the request here.
      if (!stopped.runId) await chat.stop();
    } catch {
      await chat.stop();
    }
  }, [api, chat, conversationId]);

  const retry = useCallback(() => {
    const last = chat.messages.at(-1);
    if (last?.role === "assistant" && nodesRef.current.has(last.id))
      void regenerate({ messageId: last.id, body: standing.current });
    else void regenerate({ body: standing.current });
  }, [chat, regenerate]);

  const actions = useMemo(
    () => ({
      onOpenArtifact: (artifact: ArtifactRef) => latest.current.onOpenArtifact(artifact),
      onDecide: async (
        approvalId: string,
        decision: { approved: boolean; editedArguments?: Record<string, unknown> },
      ) => {
        if (decision.editedArguments) editedArguments.set(approvalId, decision.editedArguments);
        await addToolApprovalResponse({ id: approvalId, approved: decision.approved });
        await sendMessage();
      },
      onRegenerate: (messageId: string) => void regenerate({ messageId, body: standing.current }),
      onEdit: (messageId: string, text: string) =>
        void sendMessage({ text, messageId }, { body: standing.current }),
      onCompare: (messageId: string, otherId: string) => setComparing({ a: messageId, b: otherId }),
      onQuickReply: (text: string) => void sendMessage({ text }, { body: standing.current }),
      onSwitch: async (messageId: string) => {
        await api.put(`/v1/conversations/${conversationId}/active`, { messageId });
        await chat.sync();
      },
      modelLabel: (modelId: string | null) => {
        if (!modelId) return null;
        const known = latest.current.models.find((model) => model.id === modelId);
        return known
          ? modelLabel(known)
          : modelId === "builtin"
            ? modelLabel({ id: modelId, label: "" })
            : modelId;
      },
    }),
    [
      addToolApprovalResponse,
      api,
      chat,
      conversationId,
      editedArguments,
      modelLabel,
      regenerate,
      sendMessage,
    ],
  );

  return (
    <div className="chat">
      <p className="visually-hidden" role="status" aria-live="polite">
        {status === "submitted" || status === "streaming" ? t("chat.writing") : ""}
      </p>
      {messages.length === 0 ? (
        <div className="chat__scroll">
          <Suggestions
            name={props.userName}
            onPick={(question) => void sendMessage({ text: question }, { body: standing.current })}
          />
        </div>
      ) : (
        <MessageList messages={messages} nodes={nodes} status={status} actions={actions} />
      )}
      <div className="chat__footer">
        {error && status === "error" && <ChatError error={error} onRetry={retry} />}
        <Composer
          textareaRef={props.composerRef}
          writing={writing}
          onSend={(text, options) => void sendMessage({ text }, { body: options })}
          onStop={() => void stop()}
          models={{ list: props.models, value: props.model, onChange: props.onModelChange }}
        />
      </div>
      {comparing && (
        <CompareDialog
          conversationId={conversationId}
          a={comparing.a}
          b={comparing.b}
          siblingIds={nodes.get(comparing.a)?.siblingIds ?? [comparing.a, comparing.b]}
          onClose={() => setComparing(null)}
          onUse={(messageId) => void actions.onSwitch(messageId)}
          onOpenArtifact={actions.onOpenArtifact}
        />
      )}
    </div>
  );
}
