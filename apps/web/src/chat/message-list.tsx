import type { ChatStatus } from "ai";
import { useEffect, useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { TreeNode } from "./conversation-tree.ts";
import { type MessageActions, MessageItem } from "./message-item.tsx";
import type { PennyMessage } from "./penny-message.ts";

/** How close to the bottom (in pixels) still counts as "reading the end", so new text keeps it in view. */
const STICK_DISTANCE = 120;

/** The messages of the active branch; follows a streaming answer while the person is at the end. */
export function MessageList(props: {
  messages: PennyMessage[];
  nodes: Map<string, TreeNode>;
  status: ChatStatus;
  actions: MessageActions;
}) {
  const { messages, nodes, status, actions } = props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLElement>(null);
  const stick = useRef(true);
  const busy = status === "submitted" || status === "streaming";
  const last = messages.at(-1);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onScroll = () => {
      stick.current = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_DISTANCE;
    };
    element.addEventListener("scroll", onScroll, { passive: true });
    return () => element.removeEventListener("scroll", onScroll);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each change of the messages.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (element && stick.current) element.scrollTop = element.scrollHeight;
  }, [messages]);

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling conversation must be reachable by keyboard.
    <section className="chat__scroll" ref={scrollRef} tabIndex={0} aria-label={t("chat.messages")}>
      <ol className="message-list">
        {messages.map((message) => (
          <MessageItem
            key={message.id}
            message={message}
            node={nodes.get(message.id)}
            streaming={busy && message === last && message.role === "assistant"}
            busy={busy}
            last={message === last}
            {...actions}
          />
        ))}
        {status === "submitted" && last?.role === "user" && (
          <li className="message message--assistant">
            <p className="message__thinking">{t("chat.thinking")}</p>
          </li>
        )}
      </ol>
    </section>
  );
}
