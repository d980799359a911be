import { useTranslation } from "react-i18next";
import { Icon, type IconName } from "../app/icons.tsx";
import type { ArtifactRef } from "./artifact-ref.ts";
import { VersionHistory } from "./history/version-history.tsx";
import { ArtifactLineage } from "./lineage/artifact-lineage.tsx";
import { ShareLinks } from "./share/share-links.tsx";

/** The panel's extra views of the artifact shown, one open at a time above its preview. */
export type Section = "history" | "lineage" | "share";

const SECTIONS: readonly { name: Section; icon: IconName }[] = [
  { name: "history", icon: "restore" },
  { name: "lineage", icon: "tool" },
  { name: "share", icon: "send" },
];

/** Buttons that open and close the sections (aria-expanded says which is open). */
export function SectionToggles({
  section,
  onChange,
  controls,
}: {
  section: Section | null;
  onChange: (section: Section | null) => void;
  controls: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {SECTIONS.map(({ name, icon }) => (
        <button
          key={name}
          type="button"
          className="icon-button"
          aria-expanded={section === name}
          aria-controls={section === name ? controls : undefined}
          aria-label={t(`artifactPanel.${name}`)}
          title={t(`artifactPanel.${name}`)}
          onClick={() => onChange(section === name ? null : name)}
        >
          <Icon name={icon} />
        </button>
      ))}
    </>
  );
}

/** The open section for the version shown. */
export function ArtifactSections({
  id,
  section,
  artifact,
  onSelect,
}: {
  id: string;
  section: Section;
  artifact: ArtifactRef;
  onSelect: (artifact: ArtifactRef) => void;
}) {
  const { t } = useTranslation();
  return (
    <section id={id} className="artifact-section" aria-label={t(`artifactPanel.${section}`)}>
      {section === "history" && <VersionHistory artifact={artifact} onSelect={onSelect} />}
      {section === "lineage" && <ArtifactLineage artifact={artifact} onSelect={onSelect} />}
      {section === "share" && <ShareLinks artifact={artifact} />}
    </section>
  );
}
