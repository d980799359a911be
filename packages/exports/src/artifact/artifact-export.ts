import { renderChart } from "@penny/artifacts";
import { extensionOf, slugOf } from "../artifact-files.ts";
import { parseCsv } from "../csv.ts";
import { ExportFormatError } from "../errors/export-format-error.ts";
import { buildDocumentPdf } from "./document-pdf.ts";
import { buildTableParquet } from "./table-parquet.ts";
import { buildTableXlsx } from "./table-xlsx.ts";

/** Every format an artifact can be exported in; `native` is its stored bytes, unchanged. */
export const artifactExportFormats = ["native", "svg", "png", "csv", "xlsx", "parquet", "pdf"] as const;

export type ArtifactExportFormat = (typeof artifactExportFormats)[number];

/** One artifact version as the artifact exporter reads it. */
export interface ArtifactToExport {
  kind: string;
  mime: string;
  title: string;
  version: number;
  bytes: Uint8Array;
}

/** An exported file: its bytes, mime type and a download name. */
export interface ExportedFile {
  bytes: Uint8Array;
  mime: string;
  filename: string;
}

/**
 * The formats an artifact of this kind and mime type can be exported in. DOCX is not offered: no DOCX writer is
 * installed (documents already stored as DOCX export natively). Parquet-stored tables export only natively.
 */
export function exportFormatsFor(kind: string, mime: string): ArtifactExportFormat[] {
  if (kind === "chart") return ["svg", "png", "native"];
  if (kind === "table") return mime === "text/csv" ? ["csv", "xlsx", "parquet"] : ["parquet"];
  if (kind === "markdown" || mime.startsWith("text/markdown")) return ["pdf", "native"];
  return ["native"];
}

const MIMES: Record<Exclude<ArtifactExportFormat, "native">, string> = {
  svg: "image/svg+xml",
  png: "image/png",
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  parquet: "application/vnd.apache.parquet",
  pdf: "application/pdf",
};

/** Writes one artifact version in `format`; ExportFormatError when its kind has no such format. */
export async function buildArtifactExport(
  artifact: ArtifactToExport,
  format: ArtifactExportFormat,
): Promise<ExportedFile> {
  const allowed = exportFormatsFor(artifact.kind, artifact.mime);
  if (!allowed.includes(format)) {
    throw new ExportFormatError(
      `A ${artifact.kind} artifact cannot be exported as ${format}; choose one of: ${allowed.join(", ")}.`,
    );
  }
  const base = `${slugOf(artifact.title)}-v${artifact.version}`;
  if (
    format === "native" ||
    (format === "csv" && artifact.mime === "text/csv") ||
    (format === "parquet" && artifact.mime !== "text/csv")
  ) {
    return {
      bytes: artifact.bytes,
      mime: artifact.mime,
      filename: `${base}.${extensionOf(artifact.mime, artifact.kind)}`,
    };
  }
  const file = (bytes: Uint8Array) => ({ bytes, mime: MIMES[format], filename: `${base}.${format}` });
  const text = () => new TextDecoder().decode(artifact.bytes);
  if (format === "svg" || format === "png")
    return file((await renderChart(JSON.parse(text()), format)).bytes);
  if (format === "xlsx") return file(await buildTableXlsx(parseCsv(text()), artifact.title));
  if (format === "parquet") return file(buildTableParquet(parseCsv(text())));
  return file(await buildDocumentPdf(artifact.title, text()));
}
