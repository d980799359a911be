import { useTranslation } from "react-i18next";
import { Icon } from "../app/icons.tsx";
import { ConfirmAction } from "./confirm-action.tsx";
import { formatFileSize } from "./file-size.ts";
import { fileTypeName } from "./file-type.ts";
import { IngestStatus } from "./ingest-status.tsx";
import { type Collection, fileContentUrl, type KnowledgeFile } from "./knowledge-types.ts";

/**
 * The files as a table: name, type, size, pages, collection, status (a live bar while read, the failure in words
 * with Retry), and Download / Delete (which asks first) for those who may upload.
 */
export function FileTable(props: {
  files: KnowledgeFile[];
  collections: Collection[];
  canChange: boolean;
  onRetry: (file: KnowledgeFile) => void;
  onDelete: (file: KnowledgeFile) => void;
}) {
  const { files, collections, canChange, onRetry, onDelete } = props;
  const { t, i18n } = useTranslation();
  const collectionName = (id: string | null) =>
    id ? (collections.find((collection) => collection.id === id)?.name ?? "") : "";
  if (files.length === 0) return <p className="knowledge-empty">{t("knowledge.files.empty")}</p>;
  return (
    <table className="knowledge-table">
      <caption className="visually-hidden">{t("knowledge.files.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("knowledge.files.name")}</th>
          <th scope="col">{t("knowledge.files.type")}</th>
          <th scope="col">{t("knowledge.files.size")}</th>
          <th scope="col">{t("knowledge.files.pages")}</th>
          <th scope="col">{t("knowledge.files.collection")}</th>
          <th scope="col">{t("knowledge.files.status")}</th>
          <th scope="col">
            <span className="visually-hidden">{t("knowledge.files.actions")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <tr key={file.id} data-file={file.name} data-status={file.status}>
            <th scope="row" className="knowledge-table__name">
              <Icon name="document" size={16} /> {file.name}
            </th>
            <td>{fileTypeName(file.mime)}</td>
            <td>{formatFileSize(file.sizeBytes, i18n.language)}</td>
            <td>{file.pages ?? "—"}</td>
            <td>{collectionName(file.collectionId)}</td>
            <td>
              <IngestStatus
                name={file.name}
                status={file.status}
                progress={file.progress}
                error={file.error}
              />
            </td>
            <td className="knowledge-table__actions">
              {file.status === "failed" && canChange && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t("knowledge.files.retryNamed", { name: file.name })}
                  onClick={() => onRetry(file)}
                >
                  <Icon name="refresh" size={14} />
                  {t("knowledge.files.retry")}
                </button>
              )}
              <a
                className="icon-button"
                href={fileContentUrl(file.id)}
                download={file.name}
                aria-label={t("knowledge.files.download", { name: file.name })}
                title={t("knowledge.files.download", { name: file.name })}
              >
                <Icon name="download" size={16} />
              </a>
              {canChange && (
                <ConfirmAction
                  label={t("knowledge.files.delete")}
                  namedLabel={t("knowledge.files.deleteNamed", { name: file.name })}
                  question={t("knowledge.files.deleteQuestion", { name: file.name })}
                  onConfirm={() => onDelete(file)}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
