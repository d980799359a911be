import type { AuditEvent } from "../admin-types.ts";

const columns = [
  "seq",
  "createdAt",
  "actorType",
  "actorId",
  "action",
  "target",
  "outcome",
  "ip",
  "requestId",
  "hash",
] as const;

/** One CSV field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
function field(value: unknown): string {
  let text =
    value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The events as CSV (RFC 4180), with their data as a JSON column. */
export function auditEventsCsv(events: AuditEvent[]): string {
  const header = [...columns, "data"].join(",");
  const rows = events.map((event) =>
    [...columns.map((column) => field(event[column])), field(event.data)].join(","),
  );
  return `${[header, ...rows].join("\r\n")}\r\n`;
}

/** Hands a text to the browser as a file download. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
