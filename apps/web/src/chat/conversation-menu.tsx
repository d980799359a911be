import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import type { Conversation } from "../api/types.ts";
import { useErrorText } from "../api/use-error-text.ts";
import { Icon } from "../app/icons.tsx";
import { Popover } from "../app/popover.tsx";

/**
 * The open conversation's options in the top bar: for now the memory switch (PATCH /v1/conversations/:id
 * memoryEnabled). With memory off Penny neither recalls nor saves facts in this conversation; a badge says so.
 */
export function ConversationMenu(props: {
  conversation: Conversation;
  onChange: (conversation: Conversation) => void;
}) {
  const { conversation, onChange } = props;
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const hintId = useId();
  /** The value asked for while the server saves it, so the switch moves at once. */
  const [asked, setAsked] = useState<boolean | null>(null);
  const [error, setError] = useState<unknown>(null);

  const setMemory = async (memoryEnabled: boolean) => {
    setAsked(memoryEnabled);
    setError(null);
    try {
      const updated = await api.patch<{ conversation: Conversation }>(
        `/v1/conversations/${conversation.id}`,
        {
          memoryEnabled,
        },
      );
      onChange(updated.conversation);
    } catch (failure) {
      setError(failure);
    } finally {
      setAsked(null);
    }
  };

  return (
    <div className="conversation-menu">
      {conversation.memoryEnabled === false && (
        <span className="conversation-menu__badge">{t("memory.offBadge")}</span>
      )}
      <Popover
        className="conversation-menu__popover"
        label={t("memory.conversationMenu")}
        button={
          <span className="conversation-menu__face">
            <Icon name="more" />
          </span>
        }
      >
        <label className="conversation-menu__switch">
          <input
            type="checkbox"
            checked={asked ?? conversation.memoryEnabled !== false}
            disabled={asked !== null}
            aria-describedby={hintId}
            onChange={(event) => void setMemory(event.target.checked)}
          />
          <span>{t("memory.useInConversation")}</span>
        </label>
        <p id={hintId} className="conversation-menu__hint">
          {t("memory.useInConversationHint")}
        </p>
        {error !== null && (
          <p className="form-error" role="alert">
            {errorText(error)}
          </p>
        )}
      </Popover>
    </div>
  );
}
