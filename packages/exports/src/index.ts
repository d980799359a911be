export {
  type ArtifactExportFormat,
  type ArtifactToExport,
  artifactExportFormats,
  buildArtifactExport,
  type ExportedFile,
  exportFormatsFor,
} from "./artifact/artifact-export.ts";
export { buildDocumentPdf } from "./artifact/document-pdf.ts";
export { buildTableParquet } from "./artifact/table-parquet.ts";
export { buildTableXlsx } from "./artifact/table-xlsx.ts";
export { artifactBaseNames, extensionOf, slugOf } from "./artifact-files.ts";
export {
  buildConversationJson,
  type ConversationJsonV1,
  conversationJson,
} from "./conversation/conversation-json.ts";
export { buildConversationMarkdown } from "./conversation/conversation-markdown.ts";
export { buildConversationPdf } from "./conversation/conversation-pdf.ts";
export {
  type BuiltZip,
  buildConversationZip,
  sha256,
  type ZipManifest,
} from "./conversation/conversation-zip.ts";
export { type CsvTable, parseCsv } from "./csv.ts";
export { ExportFormatError } from "./errors/export-format-error.ts";
export { ExportNotFoundError } from "./errors/export-not-found-error.ts";
export { ExportNotReadyError } from "./errors/export-not-ready-error.ts";
export {
  conversationExportFormats,
  createExportJobHandler,
  EXPORT_JOB_KIND,
  type ExportJobInput,
  type ExportResult,
  exportJobInputSchema,
  exportResultSchema,
} from "./export-job.ts";
export type { ConversationSnapshot, ExportArtifact, ExportMessage } from "./export-snapshot.ts";
export { loadConversationSnapshot } from "./load-snapshot.ts";
export { type ExportPart, readParts } from "./message-parts.ts";
