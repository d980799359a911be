const TYPE_NAMES: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "text/html": "HTML",
  "text/markdown": "Markdown",
  "text/plain": "Text",
  "text/csv": "CSV",
  "application/json": "JSON",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
};

/** A short name for a media type ("PDF", "Word"); an unknown type shows its subtype. */
export const fileTypeName = (mime: string) =>
  TYPE_NAMES[mime] ?? mime.split("/").at(-1)?.toUpperCase() ?? mime;
