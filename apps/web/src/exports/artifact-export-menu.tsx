import { useTranslation } from "react-i18next";
import { artifactFormats } from "./export-formats.ts";
import { ExportMenu } from "./export-menu.tsx";

/** The artifact panel's Export button: the formats of the artifact's kind, for the version on screen. */
export function ArtifactExportMenu(props: {
  artifact: { id: string; version: number; kind: string; mime: string };
}) {
  const { t } = useTranslation();
  const { artifact } = props;
  return (
    <ExportMenu
      key={`${artifact.id}@${artifact.version}`}
      label={t("exports.artifactButton")}
      url={`/v1/artifacts/${artifact.id}/exports`}
      formats={artifactFormats(artifact.kind, artifact.mime)}
      extra={{ version: artifact.version }}
    />
  );
}
