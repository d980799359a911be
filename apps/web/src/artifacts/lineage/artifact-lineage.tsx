import { useTranslation } from "react-i18next";
import { conversationPath } from "../../app/router.ts";
import { useFormat } from "../../i18n/use-format.ts";
import { type ArtifactDetail, refOf } from "../artifact-detail.ts";
import type { ArtifactRef } from "../artifact-ref.ts";
import { ContentState } from "../content-state.tsx";
import { useMakerText } from "../history/use-maker-text.ts";
import { useApiResource } from "../use-api-resource.ts";
import { goToMessage, messageElementId } from "./go-to-message.ts";

/** How many parents are listed by title (each is one request). */
const PARENTS_SHOWN = 20;

/** A parent artifact by its title; choosing it opens it in the panel. */
function ParentLink({ id, onOpen }: { id: string; onOpen: (artifact: ArtifactRef) => void }) {
  const { state } = useApiResource<{ artifact: ArtifactDetail }>(`/v1/artifacts/${id}`);
  if (state.status === "error") return <ContentState state={state} />;
  const parent = state.status === "ready" ? state.data.artifact : null;
  return (
    <button
      type="button"
      className="lineage__parent"
      disabled={!parent}
      onClick={() => parent && onOpen(refOf(parent))}
    >
      {parent ? `${parent.title} (v${parent.version})` : id}
    </button>
  );
}

/** Where a version came from: when, the tool, the conversation message and run, and the artifacts it was made from. */
export function ArtifactLineage({
  artifact,
  onSelect,
}: {
  artifact: ArtifactRef;
  onSelect: (artifact: ArtifactRef) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const makerText = useMakerText();
  const { state } = useApiResource<{ artifact: ArtifactDetail }>(
    `/v1/artifacts/${artifact.id}?version=${artifact.version}`,
  );
  if (state.status !== "ready") return <ContentState state={state} />;
  const { lineage, createdAt } = state.data.artifact;
  const unknown = <span className="lineage__unknown">{t("artifactPanel.lineagePanel.unknown")}</span>;
  // A new version names the artifact itself as its parent; that is the history, not another artifact.
  const parents = lineage.parents.filter((parent) => parent !== artifact.id);

  return (
    <div className="lineage">
      <h3 className="artifact-section__heading">{t("artifactPanel.lineagePanel.heading")}</h3>
      <dl className="lineage__list">
        <dt>{t("artifactPanel.lineagePanel.created")}</dt>
        <dd>
          <time dateTime={createdAt}>{format.dateTime(createdAt)}</time>
        </dd>
        <dt>{t("artifactPanel.lineagePanel.madeBy")}</dt>
        <dd data-lineage="maker">{makerText(lineage)}</dd>
        <dt>{t("artifactPanel.lineagePanel.tool")}</dt>
        <dd data-lineage="tool">{lineage.toolName ? <code>{lineage.toolName}</code> : unknown}</dd>
        <dt>{t("artifactPanel.lineagePanel.message")}</dt>
        <dd>
          {lineage.conversationId && lineage.messageId ? (
            <a
              href={`${conversationPath(lineage.conversationId)}#${messageElementId(lineage.messageId)}`}
              onClick={(event) => {
                event.preventDefault();
                if (lineage.conversationId && lineage.messageId) {
                  goToMessage(lineage.conversationId, lineage.messageId);
                }
              }}
            >
              {t("artifactPanel.lineagePanel.openMessage")}
            </a>
          ) : lineage.conversationId ? (
            <a href={conversationPath(lineage.conversationId)}>
              {t("artifactPanel.lineagePanel.conversation")}
            </a>
          ) : (
            unknown
          )}
        </dd>
        <dt>{t("artifactPanel.lineagePanel.run")}</dt>
        <dd>{lineage.runId ? <code className="lineage__id">{lineage.runId}</code> : unknown}</dd>
        <dt>{t("artifactPanel.lineagePanel.parents")}</dt>
        <dd>
          {parents.length === 0 ? (
            <span className="lineage__unknown">{t("artifactPanel.lineagePanel.noParents")}</span>
          ) : (
            <ul className="lineage__parents">
              {parents.slice(0, PARENTS_SHOWN).map((parent) => (
                <li key={parent}>
                  <ParentLink id={parent} onOpen={onSelect} />
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </div>
  );
}
