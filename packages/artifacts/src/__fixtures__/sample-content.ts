/** Small valid contents for every artifact kind, built in code so each byte is visible in review. */
const text = (value: string) => new TextEncoder().encode(value);

/** A minimal PNG: the signature and an IHDR chunk header are what the image kind checks. */
export const pngBytes = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

/** A Vega-Lite bar chart with an axis titled "Revenue (kEUR)". */
export const barChartSpec = {
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  width: 240,
  height: 120,
  data: {
    values: [
      { quarter: "Q1", revenue: 120 },
      { quarter: "Q2", revenue: 180 },
      { quarter: "Q3", revenue: 150 },
    ],
  },
  mark: "bar",
  encoding: {
    x: { field: "quarter", type: "nominal", title: "Quarter" },
    y: { field: "revenue", type: "quantitative", title: "Revenue (kEUR)" },
  },
};

/** A binary STL with `triangles` zeroed triangles and a consistent count. */
export function binaryStl(triangles: number): Uint8Array {
  const bytes = new Uint8Array(84 + 50 * triangles);
  new DataView(bytes.buffer).setUint32(80, triangles, true);
  return bytes;
}

/** A GLB header (magic, version 2, total length) with nothing after it. */
export function glbHeader(): Uint8Array {
  const bytes = new Uint8Array(12);
  bytes.set(text("glTF"), 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(4, 2, true);
  view.setUint32(8, 12, true);
  return bytes;
}

/** A Parquet-shaped file: PAR1, some bytes, a 4-byte footer length, PAR1. */
export function parquetBytes(footerLength = 4): Uint8Array {
  const bytes = new Uint8Array(4 + 8 + 4 + 4);
  bytes.set(text("PAR1"), 0);
  new DataView(bytes.buffer).setUint32(12, footerLength, true);
  bytes.set(text("PAR1"), 16);
  return bytes;
}

export const dashboardSpec = {
  slug: "company-health",
  title: "Company health",
  filters: { period: "2026-Q1" },
  widgets: [
    { id: "arr", kind: "kpi", title: "ARR", position: { x: 0, y: 0, w: 4, h: 2 }, drillDown: "revenue" },
  ],
};

/** One valid sample per kind, with its mime type. */
export const validSamples = {
  markdown: { mime: "text/markdown", bytes: text("# Title\n\nSome *text*.") },
  table: { mime: "text/csv", bytes: text('name,amount\n"Smith, J.",12\nDoe,"3"\n') },
  chart: { mime: "application/vnd.vegalite+json", bytes: text(JSON.stringify(barChartSpec)) },
  diagram: { mime: "text/vnd.mermaid", bytes: text("flowchart LR\n  A --> B\n") },
  code: { mime: "text/x-python", bytes: text("print('hello')\n") },
  image: { mime: "image/png", bytes: pngBytes },
  document: { mime: "application/pdf", bytes: text("%PDF-1.7\n%%EOF\n") },
  notebook: {
    mime: "application/x-ipynb+json",
    bytes: text(
      JSON.stringify({
        nbformat: 4,
        nbformat_minor: 5,
        metadata: {},
        cells: [{ cell_type: "code", source: "1+1" }],
      }),
    ),
  },
  "3d": { mime: "model/stl", bytes: binaryStl(2) },
  dashboard: { mime: "application/vnd.penny.dashboard+json", bytes: text(JSON.stringify(dashboardSpec)) },
} as const;
