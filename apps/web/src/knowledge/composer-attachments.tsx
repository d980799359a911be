import { type ClipboardEvent, type DragEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../app/icons.tsx";
import { useMe } from "../session/session-context.tsx";
import { dragHasFiles } from "./drop-zone.tsx";
import { UploadRow } from "./upload-row.tsx";
import { useCollections } from "./use-collections.ts";
import { useUploads } from "./use-uploads.ts";
import "./knowledge.css";

/** What a message asks about besides its words: attached files and a chosen collection (the chat body's field). */
export interface KnowledgeScope {
  fileIds?: string[];
  collectionIds?: string[];
}

/**
 * The composer's knowledge parts: files attached by the paperclip, a drop or a paste upload to /v1/files (each a
 * chip with its progress), and a collection picker. `scope()` is what the next message asks about.
 */
export function useComposerAttachments(options: { disabled: boolean }) {
  const { disabled } = options;
  const { t } = useTranslation();
  const me = useMe();
  const pickerId = useId();
  const input = useRef<HTMLInputElement>(null);
  const uploads = useUploads();
  const { collections } = useCollections();
  const [collectionId, setCollectionId] = useState("");
  const [dragging, setDragging] = useState(false);
  const canUpload = me.permissions.includes("knowledge:upload");

  const add = (files: File[]) => {
    if (canUpload && !disabled && files.length > 0) uploads.add(files);
  };
  const stored = uploads.uploads.flatMap((upload) => (upload.file && !upload.error ? [upload.file.id] : []));

  const scope = (): KnowledgeScope | undefined => {
    if (stored.length === 0 && !collectionId) return undefined;
    return {
      ...(stored.length > 0 ? { fileIds: stored } : {}),
      ...(collectionId ? { collectionIds: [collectionId] } : {}),
    };
  };

  const dropProps = canUpload
    ? {
        onDragOver: (event: DragEvent<HTMLElement>) => {
          if (!dragHasFiles(event)) return;
          event.preventDefault();
          setDragging(true);
        },
        onDragLeave: () => setDragging(false),
        onDrop: (event: DragEvent<HTMLElement>) => {
          if (!dragHasFiles(event)) return;
          event.preventDefault();
          setDragging(false);
          add(Array.from(event.dataTransfer.files));
        },
      }
    : {};

  /** A paste of files (a screenshot, a copied document) attaches them; a paste of text stays text. */
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = Array.from(event.clipboardData.files);
    if (!canUpload || files.length === 0) return;
    event.preventDefault();
    add(files);
  };

  const chips =
    uploads.uploads.length > 0 ? (
      <ul className="composer__chips knowledge-uploads" aria-label={t("knowledge.composer.attached")}>
        {uploads.uploads.map((upload) => (
          <UploadRow key={upload.key} upload={upload} compact onDismiss={() => uploads.dismiss(upload.key)} />
        ))}
      </ul>
    ) : null;

  const attachButton = canUpload ? (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label={t("knowledge.composer.attach")}
        title={t("knowledge.composer.attach")}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        <Icon name="paperclip" size={18} />
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        multiple
        tabIndex={-1}
        // The paperclip is the control people use; this input only opens the picker.
        aria-hidden="true"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = "";
          add(files);
        }}
      />
    </>
  ) : null;

  const collectionPicker =
    collections.length > 0 ? (
      <span className="knowledge-picker">
        <label htmlFor={pickerId} className="visually-hidden">
          {t("knowledge.composer.collection")}
        </label>
        <select
          id={pickerId}
          className="knowledge-picker__select"
          value={collectionId}
          disabled={disabled}
          title={t("knowledge.composer.collection")}
          onChange={(event) => setCollectionId(event.target.value)}
        >
          <option value="">{t("knowledge.composer.allDocuments")}</option>
          {collections.map((collection) => (
            <option key={collection.id} value={collection.id}>
              {collection.name}
            </option>
          ))}
        </select>
      </span>
    ) : null;

  return { chips, attachButton, collectionPicker, dropProps, onPaste, dragging, scope, clear: uploads.clear };
}
