import { Suspense, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../app/icons.tsx";
import { ArtifactExportMenu } from "../exports/artifact-export-menu.tsx";
import { type ArtifactRef, artifactContentUrl, artifactKey } from "./artifact-ref.ts";
import { ArtifactSections, type Section, SectionToggles } from "./artifact-sections.tsx";
import { rendererFor } from "./registry.ts";
import { UnsupportedPreview } from "./renderers/unsupported/unsupported-preview.tsx";
import "./artifacts.css";

/**
 * The right pane: the artifact being looked at, drawn by its kind's renderer (or offered as a download), and a
 * picker for the conversation's other artifacts.
 */
export function ArtifactPanel(props: {
  artifacts: ArtifactRef[];
  selected: ArtifactRef | null;
  onSelect: (artifact: ArtifactRef) => void;
  onClose: () => void;
  headingId: string;
}) {
  const { artifacts, selected, onSelect, onClose, headingId } = props;
  const { t } = useTranslation();
  const pickerId = useId();
  const sectionId = useId();
  const [section, setSection] = useState<Section | null>(null);
  // A version opened from the history or the lineage may not be one the conversation named; it is listed too.
  const choices =
    selected && !artifacts.some((artifact) => artifactKey(artifact) === artifactKey(selected))
      ? [...artifacts, selected]
      : artifacts;
  const renderer = selected ? rendererFor(selected) : undefined;
  const kind = selected
    ? t(`artifacts.kinds.${selected.kind}` as "artifacts.kinds.chart", { defaultValue: selected.kind })
    : "";

  return (
    <div className="artifact-panel">
      <header className="artifact-panel__header">
        <div className="artifact-panel__heading">
          <h2 id={headingId} className="artifact-panel__title">
            {selected ? selected.title : t("artifacts.heading")}
          </h2>
          {selected && (
            <p className="artifact-panel__meta">
              {kind} · {t("artifacts.version", { version: selected.version })}
            </p>
          )}
        </div>
        <div className="artifact-panel__actions">
          {selected && <SectionToggles section={section} onChange={setSection} controls={sectionId} />}
          {selected && <ArtifactExportMenu artifact={selected} />}
          {selected && (
            <a
              className="icon-button"
              href={artifactContentUrl(selected)}
              download
              aria-label={t("artifacts.download")}
              title={t("artifacts.download")}
            >
              <Icon name="download" />
            </a>
          )}
          <button
            type="button"
            className="icon-button"
            onClick={onClose}
            aria-label={t("artifacts.close")}
            title={t("artifacts.close")}
          >
            <Icon name="close" />
          </button>
        </div>
      </header>
      {choices.length > 1 && (
        <div className="artifact-panel__picker">
          <label htmlFor={pickerId}>{t("artifacts.pick")}</label>
          <select
            id={pickerId}
            value={selected ? artifactKey(selected) : ""}
            onChange={(event) => {
              const next = choices.find((artifact) => artifactKey(artifact) === event.target.value);
              if (next) onSelect(next);
            }}
          >
            {choices.map((artifact) => (
              <option key={artifactKey(artifact)} value={artifactKey(artifact)}>
                {artifact.title} ({t("artifacts.version", { version: artifact.version })})
              </option>
            ))}
          </select>
        </div>
      )}
      {selected && section && (
        <ArtifactSections
          key={artifactKey(selected)}
          id={sectionId}
          section={section}
          artifact={selected}
          onSelect={onSelect}
        />
      )}
      <div className="artifact-panel__body">
        {!selected && <p className="artifact-panel__empty">{t("artifacts.empty")}</p>}
        {selected && renderer && (
          <Suspense
            fallback={
              <p className="artifact-state" role="status">
                {t("artifacts.loading")}
              </p>
            }
          >
            <renderer.Component key={artifactKey(selected)} artifact={selected} />
          </Suspense>
        )}
        {selected && !renderer && <UnsupportedPreview artifact={selected} />}
      </div>
    </div>
  );
}
