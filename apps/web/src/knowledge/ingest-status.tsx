import { useTranslation } from "react-i18next";
import type { IngestProgress, KnowledgeFile } from "./knowledge-types.ts";

/** Ingestion progress in words: "Reading page 7 of 15", "Embedding 40 of 66", "Waiting to start…". */
export function useProgressText() {
  const { t } = useTranslation();
  return (progress: IngestProgress | null) => {
    if (!progress || progress.phase === "queued") return t("knowledge.progress.queued");
    if (progress.phase === "extracting") {
      return progress.total > 0
        ? t("knowledge.progress.reading", { done: progress.done, total: progress.total })
        : t("knowledge.progress.opening");
    }
    if (progress.phase === "embedding") {
      return t("knowledge.progress.embedding", { done: progress.done, total: progress.total });
    }
    return t("knowledge.progress.finishing");
  };
}

/** A file's status: a live progress bar while it is read, "Ready", or why it failed. */
export function IngestStatus(props: {
  name: string;
  status: KnowledgeFile["status"];
  progress: IngestProgress | null;
  error: string | null;
}) {
  const { name, status, progress, error } = props;
  const { t } = useTranslation();
  const progressText = useProgressText();
  if (status === "ready") return <span className="badge badge--done">{t("knowledge.status.ready")}</span>;
  if (status === "failed") {
    return (
      <span className="knowledge-status knowledge-status--failed">
        <span className="badge badge--failed">{t("knowledge.status.failed")}</span>
        {error && <span className="knowledge-status__error">{error}</span>}
      </span>
    );
  }
  const counted = progress && progress.total > 0;
  return (
    <span className="knowledge-status" data-phase={progress?.phase ?? "queued"}>
      <progress
        aria-label={t("knowledge.progress.label", { name })}
        max={counted ? progress.total : undefined}
        value={counted ? progress.done : undefined}
      />
      <span className="knowledge-status__text">{progressText(progress)}</span>
    </span>
  );
}
