import { useTranslation } from "react-i18next";
import { Icon } from "../app/icons.tsx";
import type { TreeNode } from "./conversation-tree.ts";

/** ‹ 2/3 ›: moves between the versions of a message (edits of a question, regenerations of an answer). */
export function SiblingNav(props: {
  node: TreeNode | undefined;
  currentId: string;
  disabled: boolean;
  onSwitch: (messageId: string) => void;
  /** Opens this version beside another (the one before it, or after it for the first). */
  onCompare: (messageId: string, otherId: string) => void;
}) {
  const { node, currentId, disabled, onSwitch, onCompare } = props;
  const { t } = useTranslation();
  const siblingIds = node?.siblingIds ?? [];
  const index = siblingIds.indexOf(currentId);
  if (siblingIds.length < 2 || index === -1) return null;
  const previous = siblingIds[index - 1];
  const next = siblingIds[index + 1];
  const other = previous ?? next;
  return (
    <fieldset className="sibling-nav">
      <legend className="visually-hidden">{t("chat.versions")}</legend>
      <button
        type="button"
        className="icon-button icon-button--small"
        aria-label={t("chat.previousVersion")}
        title={t("chat.previousVersion")}
        disabled={disabled || !previous}
        onClick={() => previous && onSwitch(previous)}
      >
        <Icon name="chevronLeft" size={16} />
      </button>
      <span className="sibling-nav__position">
        {t("chat.versionPosition", { current: index + 1, total: siblingIds.length })}
      </span>
      <button
        type="button"
        className="icon-button icon-button--small"
        aria-label={t("chat.nextVersion")}
        title={t("chat.nextVersion")}
        disabled={disabled || !next}
        onClick={() => next && onSwitch(next)}
      >
        <Icon name="chevronRight" size={16} />
      </button>
      <button
        type="button"
        className="icon-button icon-button--small"
        aria-label={t("compare.open")}
        title={t("compare.open")}
        aria-haspopup="dialog"
        disabled={disabled || !other}
        onClick={() => other && onCompare(currentId, other)}
      >
        <Icon name="columns" size={16} />
      </button>
    </fieldset>
  );
}
