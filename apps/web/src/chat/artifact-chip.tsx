import { useTranslation } from "react-i18next";
import { Icon, type IconName } from "../app/icons.tsx";
import type { ArtifactRef } from "../artifacts/artifact-ref.ts";

const kindIcons: Record<string, IconName> = { chart: "chart", table: "table" };

/** An artifact named in the answer: a button that opens it in the panel. */
export function ArtifactChip({
  artifact,
  onOpen,
}: {
  artifact: ArtifactRef;
  onOpen: (artifact: ArtifactRef) => void;
}) {
  const { t } = useTranslation();
  const kind = t(`artifacts.kinds.${artifact.kind}` as "artifacts.kinds.chart", {
    defaultValue: artifact.kind,
  });
  return (
    <button type="button" className="artifact-chip" onClick={() => onOpen(artifact)}>
      <Icon name={kindIcons[artifact.kind] ?? "document"} size={16} />
      <span className="artifact-chip__text">
        <span className="artifact-chip__kind">{kind}</span>
        <span className="artifact-chip__title">{artifact.title}</span>
      </span>
      <span className="artifact-chip__open">{t("artifacts.open")}</span>
    </button>
  );
}
