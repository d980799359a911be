import { renderChart } from "@penny/artifacts";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { ConversationSnapshot, ExportArtifact } from "../export-snapshot.ts";

/** A Vega-Lite bar chart with inline data and an axis title a test can find in a PDF's text. */
export const CHART_SPEC = {
  $schema: "https://vega.github.io/schema/vega-lite/v5.json",
  data: {
    values: [
      { region: "Norte", ventas: 120 },
      { region: "Sur", ventas: 80 },
    ],
  },
  mark: "bar",
  encoding: {
    x: { field: "region", type: "nominal", title: "Región comercial" },
    y: { field: "ventas", type: "quantitative", title: "Ventas totales" },
  },
};

/** A CSV table long enough to run over several PDF pages. */
export function tableCsv(rows: number): string {
  const lines = ["month,revenue,comment"];
  for (let index = 1; index <= rows; index += 1)
    lines.push(`M${index},${index * 10.5},"fila ${index}, ñandú"`);
  return `${lines.join("\r\n")}\r\n`;
}

const encoder = new TextEncoder();

/**
 * A conversation in Spanish with a tool call, a chart, a long table, a citation and a part kind exports do not
 * know, plus a second branch (an edited question) so active and all-branches exports differ.
 */
export async function sampleSnapshot(branches: "active" | "all" = "active"): Promise<ConversationSnapshot> {
  const chartBytes = encoder.encode(JSON.stringify(CHART_SPEC));
  const chart: ExportArtifact = {
    id: "11111111-1111-4111-8111-111111111111",
    version: 2,
    kind: "chart",
    mime: "application/vnd.vegalite+json",
    title: "Ventas por región",
    contentHash: "a".repeat(64),
    bytes: chartBytes,
    rendered: {
      svg: (await renderChart(CHART_SPEC, "svg")).bytes,
      png: (await renderChart(CHART_SPEC, "png")).bytes,
    },
    renderError: null,
  };
  const table: ExportArtifact = {
    id: "22222222-2222-4222-8222-222222222222",
    version: 1,
    kind: "table",
    mime: "text/csv",
    title: "Ingresos mensuales",
    contentHash: "b".repeat(64),
    bytes: encoder.encode(tableCsv(120)),
    rendered: null,
    renderError: null,
  };
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 10, minute));
  const messages = [
    {
      id: "m1",
      parentId: null,
      role: "user" as const,
      model: null,
      createdAt: at(0),
      parts: [{ type: "text", text: "¿Cuánto vendimos por región?" }],
    },
    {
      id: "m2",
      parentId: "m1",
      role: "assistant" as const,
      model: "builtin",
      createdAt: at(1),
      parts: [
        { type: "step-start" },
        {
          type: "tool-query_sales",
          toolCallId: "call-1",
          state: "output-available",
          input: { groupBy: "region" },
          output: { rows: 2 },
        },
        {
          type: "data-artifact",
          id: `${chart.id}@2`,
          data: { id: chart.id, version: 2, kind: "chart", title: chart.title },
        },
        {
          type: "data-artifact",
          id: `${table.id}@1`,
          data: { id: table.id, version: 1, kind: "table", title: table.title },
        },
        { type: "text", text: "El Norte vendió más que el Sur." },
        {
          type: "data-citation",
          data: { title: "Informe anual 2025", page: 4, quote: "el Norte creció un 12 %" },
        },
        { type: "data-hologram", data: {} },
      ],
    },
    {
      id: "m3",
      parentId: null,
      role: "user" as const,
      model: null,
      createdAt: at(5),
      parts: [{ type: "text", text: "Una pregunta de otra rama" }],
    },
  ];
  return {
    conversation: {
      id: "33333333-3333-4333-8333-333333333333",
      title: "Ventas 2025: análisis",
      createdAt: at(0),
    },
    exportedAt: at(30),
    branches,
    messages: branches === "all" ? messages : messages.slice(0, 2),
    activePath: ["m1", "m2"],
    artifacts: [chart, table],
  };
}

/** A PDF opened with pdf.js: its page count and the text of every page. */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: number; text: string[] }> {
  const document = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const text: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    text.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await document.destroy();
  return { pages: document.numPages, text };
}
