import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../api/use-error-text.ts";
import { Icon } from "../app/icons.tsx";
import { Popover } from "../app/popover.tsx";
import type { ExportFormat } from "./export-formats.ts";
import { type ExportJob, useExportJob } from "./use-export-job.ts";
import "./exports.css";

/**
 * The Export button of a conversation or an artifact: pick a format (and, for a conversation, the branches), start
 * the export, watch its progress ("3 of 12 artifacts") and download the file when its job is done.
 */
export function ExportMenu(props: {
  label: string;
  /** POST target that answers 202 { jobId }. */
  url: string;
  formats: readonly ExportFormat[];
  /** Offer "active branch / all branches" (conversations). */
  branches?: boolean;
  /** Sent along (an artifact's version). */
  extra?: Record<string, unknown>;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const name = useId();
  const [format, setFormat] = useState<ExportFormat>(props.formats[0] ?? "native");
  const [branches, setBranches] = useState<"active" | "all">("active");
  const { job, error, starting, start } = useExportJob();
  const chosen = props.formats.includes(format) ? format : (props.formats[0] ?? "native");
  const busy = starting || (job !== null && (job.status === "queued" || job.status === "running"));

  return (
    <Popover
      className="export-menu"
      label={props.label}
      button={
        <span className="export-menu__face">
          <Icon name="download" />
        </span>
      }
    >
      <form
        className="export-menu__form"
        onSubmit={(event) => {
          event.preventDefault();
          void start(props.url, { ...props.extra, format: chosen, ...(props.branches ? { branches } : {}) });
        }}
      >
        <fieldset>
          <legend>{t("exports.format")}</legend>
          {props.formats.map((value) => (
            <label key={value} className="export-menu__choice">
              <input
                type="radio"
                name={`${name}-format`}
                value={value}
                checked={chosen === value}
                onChange={() => setFormat(value)}
              />
              <span>{t(`exports.formats.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        {props.branches && (
          <fieldset>
            <legend>{t("exports.branches")}</legend>
            {(["active", "all"] as const).map((value) => (
              <label key={value} className="export-menu__choice">
                <input
                  type="radio"
                  name={`${name}-branches`}
                  value={value}
                  checked={branches === value}
                  onChange={() => setBranches(value)}
                />
                <span>{t(value === "active" ? "exports.activeBranch" : "exports.allBranches")}</span>
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t("exports.start")}
        </button>
      </form>
      <div className="export-menu__status" aria-live="polite">
        {job && <JobStatus job={job} />}
        {error !== null && (
          <p className="form-error" role="alert">
            {errorText(error)}
          </p>
        )}
      </div>
    </Popover>
  );
}

function JobStatus({ job }: { job: ExportJob }) {
  const { t } = useTranslation();
  if (job.status === "succeeded") {
    const filename = job.result?.filename ?? "export";
    return (
      <p className="export-menu__ready">
        {t("exports.ready")}{" "}
        <a href={`/v1/exports/${job.id}/download`} download={filename} className="export-menu__download">
          {t("exports.download", { filename })}
        </a>
      </p>
    );
  }
  if (job.status === "failed")
    return (
      <p className="form-error" role="alert">
        {t("exports.failed", { reason: job.error ?? "" })}
      </p>
    );
  if (job.status === "cancelled") return <p role="alert">{t("exports.cancelled")}</p>;
  const progress = job.progress;
  const text =
    progress === null
      ? t("exports.queued")
      : progress.phase === "artifacts"
        ? t("exports.artifacts", { done: progress.done, total: progress.total })
        : progress.phase === "storing"
          ? t("exports.storing")
          : t("exports.writing");
  return (
    <div className="export-menu__progress">
      <progress
        aria-label={t("exports.progress")}
        max={progress && progress.total > 0 ? progress.total : undefined}
        value={progress && progress.total > 0 ? progress.done : undefined}
      />
      <span>{text}</span>
    </div>
  );
}
