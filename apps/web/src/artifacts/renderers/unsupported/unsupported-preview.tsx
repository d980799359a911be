import { useTranslation } from "react-i18next";
import { Icon } from "../../../app/icons.tsx";
import { type ArtifactRef, artifactContentUrl } from "../../artifact-ref.ts";

/** For kinds without a preview yet: says so plainly and offers the file. */
export function UnsupportedPreview({ artifact }: { artifact: ArtifactRef }) {
  const { t } = useTranslation();
  const kind = t(`artifacts.kinds.${artifact.kind}` as "artifacts.kinds.chart", {
    defaultValue: artifact.kind,
  });
  return (
    <div className="artifact-unsupported">
      <Icon name="document" size={32} />
      <p>{t("artifacts.noPreview", { kind })}</p>
      <a className="button button--secondary" href={artifactContentUrl(artifact)} download>
        <Icon name="download" size={16} />
        {t("artifacts.download")}
      </a>
    </div>
  );
}
