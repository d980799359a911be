import { useTranslation } from "react-i18next";
import { useMe } from "../../session/session-context.tsx";
import type { ArtifactDetail } from "../artifact-detail.ts";

/** Who or what made a version, in words: a tool by name, you, another member, or "not recorded" (older versions). */
export function useMakerText(): (lineage: ArtifactDetail["lineage"]) => string {
  const { t } = useTranslation();
  const me = useMe();
  return (lineage) => {
    if (lineage.toolName) return t("artifactPanel.historyPanel.madeByTool", { tool: lineage.toolName });
    if (!lineage.createdBy) return t("artifactPanel.historyPanel.madeByUnknown");
    return lineage.createdBy === me.user?.id
      ? t("artifactPanel.historyPanel.madeByYou")
      : t("artifactPanel.historyPanel.madeByMember");
  };
}
