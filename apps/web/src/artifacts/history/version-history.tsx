import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/use-format.ts";
import { type ArtifactDetail, refOf } from "../artifact-detail.ts";
import type { ArtifactRef } from "../artifact-ref.ts";
import { ContentState } from "../content-state.tsx";
import { useApiResource } from "../use-api-resource.ts";
import { isDiffable } from "./diff-lines.ts";
import { useMakerText } from "./use-maker-text.ts";
import { VersionDiff } from "./version-diff.tsx";

/** Every version of the artifact (number, when, what made it), a way to show any of them, and a diff of two. */
export function VersionHistory({
  artifact,
  onSelect,
}: {
  artifact: ArtifactRef;
  onSelect: (artifact: ArtifactRef) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const makerText = useMakerText();
  const fromId = useId();
  const toId = useId();
  const { state } = useApiResource<{ versions: ArtifactDetail[] }>(`/v1/artifacts/${artifact.id}/versions`);
  const [from, setFrom] = useState(Math.max(1, artifact.version - 1));
  const [to, setTo] = useState(artifact.version);
  useEffect(() => {
    setFrom(Math.max(1, artifact.version - 1));
    setTo(artifact.version);
  }, [artifact.version]);

  if (state.status !== "ready") {
    return state.status === "loading" ? (
      <p className="artifact-state" role="status">
        {t("artifactPanel.historyPanel.loading")}
      </p>
    ) : (
      <ContentState state={state} />
    );
  }
  const versions = state.data.versions;
  const newestFirst = [...versions].reverse();
  const fromVersion = versions.find((version) => version.version === from);
  const toVersion = versions.find((version) => version.version === to);

  return (
    <div className="version-history">
      <h3 className="artifact-section__heading">{t("artifactPanel.historyPanel.heading")}</h3>
      <ol className="version-history__list">
        {newestFirst.map((version) => {
          const current = version.version === artifact.version;
          return (
            <li key={version.version} className="version-history__item" aria-current={current || undefined}>
              <div className="version-history__text">
                <span className="version-history__number">
                  {t("artifactPanel.historyPanel.versionLabel", { version: version.version })}
                  {current && (
                    <span className="version-history__current">
                      {" "}
                      · {t("artifactPanel.historyPanel.current")}
                    </span>
                  )}
                </span>
                <span className="version-history__meta">
                  <time dateTime={version.createdAt}>{format.dateTime(version.createdAt)}</time> ·{" "}
                  {makerText(version.lineage)}
                </span>
              </div>
              {!current && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t("artifactPanel.historyPanel.showVersion", { version: version.version })}
                  onClick={() => onSelect(refOf(version))}
                >
                  {t("artifactPanel.historyPanel.show")}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {versions.length > 1 && (
        <fieldset className="version-history__compare">
          <legend>{t("artifactPanel.historyPanel.compare")}</legend>
          <label htmlFor={fromId}>{t("artifactPanel.historyPanel.from")}</label>
          <select id={fromId} value={from} onChange={(event) => setFrom(Number(event.target.value))}>
            {versions.map((version) => (
              <option key={version.version} value={version.version}>
                {t("artifactPanel.historyPanel.versionLabel", { version: version.version })}
              </option>
            ))}
          </select>
          <label htmlFor={toId}>{t("artifactPanel.historyPanel.to")}</label>
          <select id={toId} value={to} onChange={(event) => setTo(Number(event.target.value))}>
            {versions.map((version) => (
              <option key={version.version} value={version.version}>
                {t("artifactPanel.historyPanel.versionLabel", { version: version.version })}
              </option>
            ))}
          </select>
        </fieldset>
      )}
      {versions.length > 1 &&
        fromVersion &&
        toVersion &&
        (isDiffable(fromVersion) && isDiffable(toVersion) ? (
          <VersionDiff artifactId={artifact.id} mime={toVersion.mime} from={from} to={to} />
        ) : (
          <p className="artifact-state">{t("artifactPanel.historyPanel.noDiff")}</p>
        ))}
    </div>
  );
}
