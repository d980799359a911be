// The knowledge package: extraction, chunking and embedding (library), ingestion and retrieval (database).
export { type Reader, readableCollection, readableDocument, readerFor } from "./access/reader.ts";
export { type Chunk, type ChunkOptions, chunkDocument, normalizeChunkText } from "./chunk/chunk-document.ts";
export {
  type CollectionAccess,
  type CollectionView,
  deleteCollection,
  findReadableCollection,
  insertCollection,
  listReadableCollections,
  updateCollection,
} from "./collections/collection-store.ts";
export { type DetectedFileType, detectFileType } from "./detect/detect-file-type.ts";
export {
  type DocumentFormat,
  documentFormats,
  formatLabels,
  formatMimes,
  type SearchableFormat,
} from "./detect/document-formats.ts";
export { builtinEmbedder } from "./embed/builtin-embedder.ts";
export type { Embedder } from "./embed/embedder.ts";
export {
  createProviderEmbedder,
  embeddingProviders,
  type ProviderEmbedderOptions,
} from "./embed/provider-embedder.ts";
export { ArchiveTooLargeError } from "./errors/archive-too-large-error.ts";
export { CollectionNotFoundError } from "./errors/collection-not-found-error.ts";
export { DocumentCorruptError } from "./errors/document-corrupt-error.ts";
export { DocumentEmptyError } from "./errors/document-empty-error.ts";
export { DocumentEncryptedError } from "./errors/document-encrypted-error.ts";
export { DocumentNotFoundError } from "./errors/document-not-found-error.ts";
export { DocumentNotSearchableError } from "./errors/document-not-searchable-error.ts";
export { EmbedderOptionsInvalidError } from "./errors/embedder-options-invalid-error.ts";
export { EmbedderResponseInvalidError } from "./errors/embedder-response-invalid-error.ts";
export { KnowledgeError, type KnowledgeErrorCode } from "./errors/knowledge-error.ts";
export { TableTooLargeError } from "./errors/table-too-large-error.ts";
export { UnsupportedFileTypeError } from "./errors/unsupported-file-type-error.ts";
export { type ExtractDocumentInput, extractDocument } from "./extract/extract-document.ts";
export type { DocumentSection, ExtractedDocument, ExtractOptions } from "./extract/extracted-document.ts";
export { defaultZipLimits, guardZip, type ZipLimits } from "./extract/guard-zip.ts";
export {
  defaultTableLimits,
  type ReadTableResult,
  readTable,
  type TableCell,
  type TableLimits,
} from "./extract/read-table.ts";
export {
  deleteDocument,
  documentBlob,
  findDuplicate,
  findReadableDocument,
  insertDocument,
  listReadableDocuments,
  replaceDocumentContent,
} from "./files/document-store.ts";
export type { DocumentView } from "./files/document-view.ts";
export {
  DEFAULT_UPLOAD_LIMIT_BYTES,
  MAX_UPLOAD_LIMIT_BYTES,
  UPLOAD_LIMIT_POLICY,
  uploadLimitBytes,
} from "./files/upload-limit.ts";
export { createIngestionJob, INGEST_DOCUMENT } from "./ingest/ingestion-job.ts";
export { detectLanguage, type Language, languages } from "./language/detect-language.ts";
export { bestQuote } from "./retrieve/best-quote.ts";
export {
  type RetrievedPassage,
  type SearchPassagesInput,
  searchPassages,
} from "./retrieve/search-passages.ts";
export { createSearchDocumentsTool, type SearchDocumentsData } from "./tools/search-documents-tool.ts";
