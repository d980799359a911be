import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import type { StoredMessage } from "../api/types.ts";
import { useErrorText } from "../api/use-error-text.ts";
import type { ArtifactRef } from "../artifacts/artifact-ref.ts";
import { MessageParts } from "./message-parts.tsx";
import { ModalDialog } from "./modal-dialog.tsx";
import { messageText, type PennyMessage } from "./penny-message.ts";

/** GET /v1/conversations/:id/compare: the shared start, then each branch to its newest message. */
interface Comparison {
  common: StoredMessage[];
  a: StoredMessage[];
  b: StoredMessage[];
}

function uiMessage(stored: StoredMessage): PennyMessage {
  return {
    id: stored.id,
    role: stored.role === "user" ? "user" : "assistant",
    parts: stored.parts as PennyMessage["parts"],
  };
}

/** A message in the comparison, read-only: a question as its text, an answer with all its parts. */
function ComparedMessage(props: { message: StoredMessage; onOpenArtifact: (artifact: ArtifactRef) => void }) {
  const { t } = useTranslation();
  const message = uiMessage(props.message);
  if (message.role === "user") {
    return (
      <li className="message message--user">
        <h4 className="visually-hidden">{t("chat.you")}</h4>
        <div className="message__bubble">
          <p className="message__question">{messageText(message)}</p>
        </div>
      </li>
    );
  }
  return (
    <li className="message message--assistant">
      <h4 className="visually-hidden">{t("chat.penny")}</h4>
      <div className="message__body">
        <MessageParts message={message} busy={false} onOpenArtifact={props.onOpenArtifact} />
      </div>
    </li>
  );
}

/** One column: which version it shows (switchable when there are more than two), its messages, and "continue". */
function BranchColumn(props: {
  messageId: string;
  siblingIds: string[];
  otherId: string;
  messages: StoredMessage[];
  onPick: (messageId: string) => void;
  onUse: (messageId: string) => void;
  onOpenArtifact: (artifact: ArtifactRef) => void;
}) {
  const { messageId, siblingIds, otherId, messages } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const total = siblingIds.length;
  return (
    <section className="compare__column" aria-labelledby={headingId}>
      <header className="compare__column-header">
        <h3 id={headingId} className="compare__column-title">
          {t("compare.side", { current: siblingIds.indexOf(messageId) + 1, total })}
        </h3>
        {total > 2 && (
          <label className="compare__pick">
            <span className="visually-hidden">{t("compare.pickSide")}</span>
            <select value={messageId} onChange={(event) => props.onPick(event.target.value)}>
              {siblingIds.map((id, index) => (
                <option key={id} value={id} disabled={id === otherId}>
                  {t("compare.side", { current: index + 1, total })}
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => props.onUse(messageId)}
        >
          {t("compare.useThis")}
        </button>
      </header>
      {messages.length === 0 ? (
        <p className="compare__empty">{t("compare.emptyBranch")}</p>
      ) : (
        <ol className="message-list compare__messages">
          {messages.map((message) => (
            <ComparedMessage key={message.id} message={message} onOpenArtifact={props.onOpenArtifact} />
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * Two versions of a message (edits of a question, regenerations of an answer) side by side, each followed to its
 * newest message: two columns on a laptop, one above the other on a phone. Escape or Close returns to the chat.
 */
export function CompareDialog(props: {
  conversationId: string;
  a: string;
  b: string;
  siblingIds: string[];
  onClose: () => void;
  onUse: (messageId: string) => void;
  onOpenArtifact: (artifact: ArtifactRef) => void;
}) {
  const { conversationId, siblingIds, onClose } = props;
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const [pair, setPair] = useState({ a: props.a, b: props.b });
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    setComparison(null);
    setFailure(null);
    api
      .get<Comparison>(`/v1/conversations/${conversationId}/compare`, {
        query: pair,
        signal: controller.signal,
      })
      .then(setComparison)
      .catch((error: unknown) => !controller.signal.aborted && setFailure(error));
    return () => controller.abort();
  }, [api, conversationId, pair]);

  const openArtifact = (artifact: ArtifactRef) => {
    onClose();
    props.onOpenArtifact(artifact);
  };
  const column = (side: "a" | "b") => (
    <BranchColumn
      messageId={pair[side]}
      otherId={pair[side === "a" ? "b" : "a"]}
      siblingIds={siblingIds}
      messages={comparison?.[side] ?? []}
      onPick={(messageId) => setPair((current) => ({ ...current, [side]: messageId }))}
      onUse={(messageId) => {
        onClose();
        props.onUse(messageId);
      }}
      onOpenArtifact={openArtifact}
    />
  );

  return (
    <ModalDialog
      title={t("compare.title")}
      icon="columns"
      closeLabel={t("compare.close")}
      onClose={onClose}
      className="compare"
    >
      {failure !== null && (
        <p className="form-error" role="alert">
          {errorText(failure)}
        </p>
      )}
      {!comparison && failure === null && (
        <p className="compare__loading" role="status">
          {t("compare.loading")}
        </p>
      )}
      {comparison && (
        <div className="compare__body">
          {comparison.common.length > 0 ? (
            <details className="compare__shared" open={comparison.common.length <= 2}>
              <summary>{t("compare.shared", { count: comparison.common.length })}</summary>
              <ol className="message-list compare__messages">
                {comparison.common.map((message) => (
                  <ComparedMessage key={message.id} message={message} onOpenArtifact={openArtifact} />
                ))}
              </ol>
            </details>
          ) : (
            <p className="compare__shared-none">{t("compare.sharedNone")}</p>
          )}
          <div className="compare__columns">
            {column("a")}
            {column("b")}
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
