import { useCallback, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { followInApp } from "../account/follow-in-app.ts";
import { useApi } from "../api/api-context.tsx";
import { useErrorText } from "../api/use-error-text.ts";
import { Icon } from "../app/icons.tsx";
import { PennyMark } from "../app/penny-mark.tsx";
import { useMe } from "../session/session-context.tsx";
import { TenantSwitcher } from "../tenants/tenant-switcher.tsx";
import { AccountMenu } from "../workbench/account-menu.tsx";
import { CollectionsPanel } from "./collections-panel.tsx";
import { DropZone } from "./drop-zone.tsx";
import { FileTable } from "./file-table.tsx";
import type { KnowledgeFile } from "./knowledge-types.ts";
import { UploadRow } from "./upload-row.tsx";
import { useCollections } from "./use-collections.ts";
import { type FileFilter, useFiles } from "./use-files.ts";
import { useUploads } from "./use-uploads.ts";
import "./knowledge.css";

/**
 * The Files screen (/files): what the caller may read, with live ingestion progress; uploads by drop or picker
 * (each with its own progress) for those who may upload; collections for those who manage knowledge.
 */
export default function FilesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const errorText = useErrorText();
  const headingId = useId();
  const filterId = useId();
  const [filter, setFilter] = useState<FileFilter>("all");
  const files = useFiles(filter);
  const collections = useCollections();
  const [failure, setFailure] = useState<unknown>(null);
  const canUpload = me.permissions.includes("knowledge:upload");
  const canManage = me.permissions.includes("knowledge:manage");
  const { reload } = files;
  const uploads = useUploads({ onStored: useCallback(() => reload(), [reload]) });

  useEffect(() => {
    document.title = `${t("knowledge.title")} · Penny`;
  }, [t]);

  const act = (action: Promise<unknown>) => {
    setFailure(null);
    action.then(reload, setFailure);
  };
  const target = filter === "all" || filter === "none" ? null : filter;
  const targetName = collections.collections.find((collection) => collection.id === target)?.name;

  return (
    <div className="knowledge">
      <header className="topbar">
        <a className="button button--ghost knowledge__back" href="/" onClick={followInApp}>
          <Icon name="chevronLeft" />
          <span>{t("knowledge.back")}</span>
        </a>
        <span className="topbar__brand">
          <PennyMark className="topbar__mark" />
          <span className="topbar__name">Penny</span>
          <TenantSwitcher />
        </span>
        <span className="knowledge__spacer" />
        <AccountMenu />
      </header>
      <main className="knowledge__main" aria-labelledby={headingId}>
        <h1 id={headingId}>{t("knowledge.title")}</h1>
        <div className="knowledge__filter">
          <label htmlFor={filterId}>{t("knowledge.filter.label")}</label>
          <select id={filterId} value={filter} onChange={(event) => setFilter(event.target.value)}>
            <option value="all">{t("knowledge.filter.all")}</option>
            <option value="none">{t("knowledge.filter.none")}</option>
            {collections.collections.map((collection) => (
              <option key={collection.id} value={collection.id}>
                {collection.name}
              </option>
            ))}
          </select>
        </div>
        {canUpload && (
          <section className="knowledge__upload" aria-label={t("knowledge.upload.heading")}>
            <DropZone onFiles={(list) => uploads.add(list, target)} />
            <p className="knowledge__target">
              {targetName
                ? t("knowledge.upload.intoCollection", { name: targetName })
                : t("knowledge.upload.noCollection")}
            </p>
            {uploads.uploads.length > 0 && (
              <ul className="knowledge-uploads" aria-label={t("knowledge.upload.list")}>
                {uploads.uploads.map((upload) => (
                  <UploadRow
                    key={upload.key}
                    upload={upload}
                    onDismiss={() => uploads.dismiss(upload.key)}
                    onFinished={reload}
                  />
                ))}
              </ul>
            )}
          </section>
        )}
        {failure !== null && (
          <p className="form-error" role="alert">
            {errorText(failure)}
          </p>
        )}
        {files.error !== null && files.files === null ? (
          <p className="form-error" role="alert">
            {errorText(files.error)}
          </p>
        ) : files.files === null ? (
          <p role="status">{t("knowledge.files.loading")}</p>
        ) : (
          <FileTable
            files={files.files}
            collections={collections.collections}
            canChange={canUpload}
            onRetry={(file: KnowledgeFile) => act(api.post(`/v1/files/${file.id}/reingest`))}
            onDelete={(file: KnowledgeFile) => act(api.delete(`/v1/files/${file.id}`))}
          />
        )}
        {canManage && <CollectionsPanel state={collections} />}
      </main>
    </div>
  );
}
