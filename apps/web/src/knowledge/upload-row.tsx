import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../api/use-error-text.ts";
import { Icon } from "../app/icons.tsx";
import { type Job, useJob } from "../jobs/use-job.ts";
import { IngestStatus } from "./ingest-status.tsx";
import type { KnowledgeFile } from "./knowledge-types.ts";
import type { Upload } from "./use-uploads.ts";

const fileStatusOf = (job: Job): KnowledgeFile["status"] =>
  job.status === "succeeded"
    ? "ready"
    : job.status === "queued" || job.status === "running"
      ? "ingesting"
      : "failed";

/**
 * One upload's line: the bytes sent, then the ingestion job followed live (SSE), or the server's refusal in its
 * words (too large, a type Penny cannot read, a damaged file). `onFinished` fires once the file is read or failed.
 */
export function UploadRow(props: {
  upload: Upload;
  onDismiss: () => void;
  onFinished?: (fileId: string) => void;
  compact?: boolean;
}) {
  const { upload, onDismiss, onFinished, compact } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { job, follow } = useJob();
  const fileId = upload.file?.id;

  useEffect(() => {
    if (upload.jobId) follow(upload.jobId);
  }, [upload.jobId, follow]);
  const ended = job && (job.status === "succeeded" || job.status === "failed" || job.status === "cancelled");
  useEffect(() => {
    if (ended && fileId) onFinished?.(fileId);
  }, [ended, fileId, onFinished]);

  let status: React.ReactNode;
  if (upload.error) {
    status = (
      <span className="form-error knowledge-upload__error" role="alert">
        {t("knowledge.upload.refused", { name: upload.name, reason: errorText(upload.error) })}
      </span>
    );
  } else if (!upload.file) {
    status = (
      <span className="knowledge-status">
        <progress
          aria-label={t("knowledge.upload.sending", { name: upload.name })}
          max={upload.total || 1}
          value={upload.sent}
        />
        <span className="knowledge-status__text">{t("knowledge.upload.sendingShort")}</span>
      </span>
    );
  } else if (job) {
    status = (
      <IngestStatus name={upload.name} status={fileStatusOf(job)} progress={job.progress} error={job.error} />
    );
  } else {
    status = (
      <IngestStatus
        name={upload.name}
        status={upload.file.status}
        progress={upload.file.progress}
        error={upload.file.error}
      />
    );
  }

  return (
    <li
      className={`knowledge-upload${compact ? " knowledge-upload--compact" : ""}`}
      data-upload={upload.name}
    >
      <Icon name="document" size={16} />
      <span className="knowledge-upload__name">{upload.name}</span>
      {upload.duplicate && <span className="knowledge-upload__note">{t("knowledge.upload.duplicate")}</span>}
      {status}
      <button
        type="button"
        className="icon-button icon-button--small"
        aria-label={t("knowledge.upload.dismiss", { name: upload.name })}
        title={t("knowledge.upload.dismiss", { name: upload.name })}
        onClick={onDismiss}
      >
        <Icon name="close" size={14} />
      </button>
    </li>
  );
}
