import { useTranslation } from "react-i18next";
import { conversationFormats } from "./export-formats.ts";
import { ExportMenu } from "./export-menu.tsx";

/** The conversation's Export button: Markdown, JSON, PDF or zip, of the active branch or all branches. */
export function ConversationExportMenu(props: { conversationId: string }) {
  const { t } = useTranslation();
  return (
    <ExportMenu
      label={t("exports.conversationButton")}
      url={`/v1/conversations/${props.conversationId}/exports`}
      formats={conversationFormats}
      branches
    />
  );
}
