import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Icon } from "../app/icons.tsx";
import type { MemoryNotice, RedactionNotice } from "./penny-message.ts";

/** A calm line in the answer saying what happened to the person's memory. */
export function MemoryNote({ notice }: { notice: MemoryNotice }) {
  const { t } = useTranslation();
  const text =
    notice.action === "rejected"
      ? t("notes.memoryRejected", { reason: notice.reason })
      : notice.action === "saved"
        ? t("notes.memorySaved", { content: notice.content })
        : t("notes.memoryForgotten", { content: notice.content });
  return (
    <p className={`chat-note chat-note--memory chat-note--${notice.action}`}>
      <Icon name={notice.action === "rejected" ? "alert" : "bookmark"} size={16} />
      <span>{text}</span>
    </p>
  );
}

const knownKinds = new Set(["email", "phone", "card-number", "iban", "spanish-id", "us-ssn", "secret"]);

/**
 * "3 personal details were hidden from the external model: 2 emails, 1 card number", in the given language; null
 * when nothing was taken out.
 */
export function redactionText(t: TFunction, language: string, notice: RedactionNotice): string | null {
  const found = notice.redactions.filter((entry) => entry.count > 0);
  if (found.length === 0) return null;
  const count = found.reduce((total, entry) => total + entry.count, 0);
  const details = new Intl.ListFormat(language, { type: "unit", style: "long" }).format(
    found.map(({ kind, count: kindCount }) =>
      knownKinds.has(kind)
        ? t(`notes.kinds.${kind}` as "notes.kinds.email", { count: kindCount })
        : t("notes.kinds.other", { count: kindCount, kind }),
    ),
  );
  const key = notice.direction === "input" ? "notes.redactedInput" : "notes.redactedOutput";
  return t(key, { count, details });
}

/** What the privacy filters took out of this answer's prompt or text, as a calm note. */
export function RedactionNote({ notice }: { notice: RedactionNotice }) {
  const { t, i18n } = useTranslation();
  const text = redactionText(t, i18n.language, notice);
  if (!text) return null;
  return (
    <p className="chat-note chat-note--redaction">
      <Icon name="shield" size={16} />
      <span>{text}</span>
    </p>
  );
}
