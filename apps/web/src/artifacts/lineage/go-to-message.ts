import { conversationPath, navigate } from "../../app/router.ts";

/** The element id an answer carries in the message list (see chat/message-item.tsx). */
export const messageElementId = (messageId: string) => `message-${messageId}`;

/** How long to wait for a conversation to load before giving up on scrolling to the message. */
const ATTEMPTS = 180;

/**
 * Opens the conversation (when it is not the one on screen) and brings the message into view with focus. The
 * message appears once the conversation has loaded, so it is looked for on each frame for a short while.
 */
export function goToMessage(conversationId: string, messageId: string): void {
  navigate(conversationPath(conversationId));
  let attempts = 0;
  const look = () => {
    const element = document.getElementById(messageElementId(messageId));
    if (element) {
      element.scrollIntoView({ block: "center" });
      element.focus({ preventScroll: true });
      return;
    }
    attempts += 1;
    if (attempts < ATTEMPTS) requestAnimationFrame(look);
  };
  look();
}
