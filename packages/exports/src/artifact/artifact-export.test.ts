import ExcelJS from "exceljs";
import { parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import { CHART_SPEC, readPdf, tableCsv } from "../__fixtures__/sample-snapshot.ts";
import { ExportFormatError } from "../errors/export-format-error.ts";
import { buildArtifactExport, exportFormatsFor } from "./artifact-export.ts";

const encoder = new TextEncoder();
const table = {
  kind: "table",
  mime: "text/csv",
  title: "Ingresos: 2025/Q1",
  version: 3,
  bytes: encoder.encode(tableCsv(5)),
};
const chart = {
  kind: "chart",
  mime: "application/vnd.vegalite+json",
  title: "Ventas",
  version: 1,
  bytes: encoder.encode(JSON.stringify(CHART_SPEC)),
};

describe("artifact exports", () => {
  it("writes a table as XLSX that Excel's format reader opens, with numbers as numbers", async () => {
    const file = await buildArtifactExport(table, "xlsx");
    expect(file.filename).toBe("ingresos-2025-q1-v3.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe("Ingresos  2025 Q1");
    expect(sheet?.getRow(1).values).toEqual([undefined, "month", "revenue", "comment"]);
    expect(sheet?.getCell("B3").value).toBe(21);
    expect(sheet?.getCell("C6").value).toBe("fila 5, ñandú");
    expect(sheet?.rowCount).toBe(6);
  });

  it("writes a table as Parquet that reads back with the same rows", async () => {
    const file = await buildArtifactExport(table, "parquet");
    const rows = await parquetReadObjects({ file: file.bytes.slice().buffer });
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual({ month: "M2", revenue: 21, comment: "fila 2, ñandú" });
  });

  it("draws a chart as SVG and PNG", async () => {
    const svg = await buildArtifactExport(chart, "svg");
    expect(svg.mime).toBe("image/svg+xml");
    expect(new TextDecoder().decode(svg.bytes)).toContain("Región comercial");
    const png = await buildArtifactExport(chart, "png");
    expect(png.filename).toBe("ventas-v1.png");
    expect(png.bytes.slice(1, 4)).toEqual(encoder.encode("PNG"));
  });

  it("writes a Markdown document as a PDF with its text", async () => {
    const markdown = {
      kind: "markdown",
      mime: "text/markdown",
      title: "Informe",
      version: 1,
      bytes: encoder.encode("# Resumen\n\n- punto uno\n\nTexto con acentos: canción."),
    };
    const pdf = await readPdf((await buildArtifactExport(markdown, "pdf")).bytes);
    expect(pdf.pages).toBe(1);
    expect(pdf.text[0]).toContain("Resumen");
    expect(pdf.text[0]).toContain("canción");
  });

  it("refuses a format the kind does not have, naming the ones it has", async () => {
    await expect(buildArtifactExport(chart, "xlsx")).rejects.toThrow(ExportFormatError);
    await expect(buildArtifactExport(chart, "xlsx")).rejects.toThrow("choose one of: svg, png, native");
    expect(exportFormatsFor("table", "application/vnd.apache.parquet")).toEqual(["parquet"]);
  });
});
