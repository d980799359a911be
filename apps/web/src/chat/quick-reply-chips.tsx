import { isToolUIPart } from "ai";
import { useTranslation } from "react-i18next";
import { messageText, type PennyMessage } from "./penny-message.ts";
import { quickReplies } from "./quick-replies.ts";

/**
 * A clarifying question's options as buttons that answer it in one click. Only for an answer that called no tool
 * (a question back, not a report that happens to end with one).
 */
export function QuickReplies({
  message,
  onReply,
}: {
  message: PennyMessage;
  onReply: (text: string) => void;
}) {
  const { t } = useTranslation();
  if (message.parts.some((part) => isToolUIPart(part))) return null;
  const options = quickReplies(messageText(message));
  if (options.length === 0) return null;
  return (
    <ul className="quick-replies" aria-label={t("notes.quickReplies")}>
      {options.map((option) => (
        <li key={option}>
          <button type="button" className="quick-reply" onClick={() => onReply(option)}>
            {option}
          </button>
        </li>
      ))}
    </ul>
  );
}
