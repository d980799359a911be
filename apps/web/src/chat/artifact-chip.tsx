import { useTranslation } from "react-i18next";
import { Icon, type IconName } from "../app/icons.tsx";
import { artifactFileName } from "../artifacts/artifact-file-name.ts";
import { type ArtifactRef, artifactContentUrl } from "../artifacts/artifact-ref.ts";

const kindIcons: Record<string, IconName> = { chart: "chart", table: "table" };

/**
 * An artifact named in the answer: a button that opens it in the panel, and quick actions beside it (open in the
 * panel, download the file, and for a chart a PNG drawn by the server). Artifacts cannot be pinned yet: the API
 * has no pinning for them.
 */
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
    <div className="artifact-card">
      <button type="button" className="artifact-chip" onClick={() => onOpen(artifact)}>
        <Icon name={kindIcons[artifact.kind] ?? "document"} size={16} />
        <span className="artifact-chip__text">
          <span className="artifact-chip__kind">{kind}</span>
          <span className="artifact-chip__title">{artifact.title}</span>
        </span>
        <span className="artifact-chip__open">{t("artifacts.open")}</span>
      </button>
      <div className="artifact-card__actions">
        <button
          type="button"
          className="icon-button icon-button--small"
          aria-label={`${t("artifactPanel.expand")}: ${artifact.title}`}
          title={t("artifactPanel.expand")}
          onClick={() => onOpen(artifact)}
        >
          <Icon name="panel" size={16} />
        </button>
        <a
          className="icon-button icon-button--small"
          href={artifactContentUrl(artifact)}
          download={artifactFileName(artifact)}
          aria-label={`${t("artifactPanel.exportFile")}: ${artifact.title}`}
          title={t("artifactPanel.exportFile")}
        >
          <Icon name="download" size={16} />
        </a>
        {artifact.kind === "chart" && (
          <a
            className="button button--ghost button--small"
            href={`/v1/artifacts/${artifact.id}/render?format=png&version=${artifact.version}`}
            download={artifactFileName({ title: artifact.title, mime: "image/png" })}
            aria-label={`${t("artifacts.downloadAs", { format: "PNG" })}: ${artifact.title}`}
          >
            PNG
          </a>
        )}
      </div>
    </div>
  );
}
