/** The formats Penny accepts, defined once; the upload route and the UI derive from this list. */
export const documentFormats = ["pdf", "docx", "html", "markdown", "text", "csv", "xlsx"] as const;

/** One of the accepted formats. */
export type DocumentFormat = (typeof documentFormats)[number];

/** The formats that extractDocument turns into searchable sections (CSV/XLSX become tables instead). */
export type SearchableFormat = Exclude<DocumentFormat, "csv" | "xlsx">;

/** The mime type Penny records for each format. */
export const formatMimes: Record<DocumentFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html",
  markdown: "text/markdown",
  text: "text/plain",
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** How a person names each format, for messages. */
export const formatLabels: Record<DocumentFormat, string> = {
  pdf: "PDF",
  docx: "Word (DOCX)",
  html: "HTML",
  markdown: "Markdown",
  text: "text",
  csv: "CSV",
  xlsx: "Excel (XLSX)",
};
