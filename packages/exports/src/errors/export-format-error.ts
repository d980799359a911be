/** An export format this artifact or conversation cannot be written in (a chart as XLSX, a table as PNG). */
export class ExportFormatError extends Error {
  override readonly name = "ExportFormatError";
  readonly code = "PENNY_EXPORT_FORMAT_UNSUPPORTED";
}
