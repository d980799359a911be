import JSZip from "jszip";

/**
 * Small, valid files for the document, notebook and 3D previews, built here so the test needs nothing committed:
 * a three-page PDF, a Word document, a notebook, an ASCII STL and a glTF triangle.
 */

/** One page's drawing: a coloured band (so the canvas is visibly not blank) and its "Page n of m" line. */
function pageContent(page: number, count: number, color: string): string {
  return `${color} rg 20 20 260 70 re f\nBT /F1 22 Tf 0 0 0 rg 30 140 Td (Page ${page} of ${count}) Tj ET\n`;
}

/** A PDF with one page per colour (r g b, 0–1), written object by object with a correct cross-reference table. */
export function pdfWithPages(colors: string[]): Uint8Array {
  const count = colors.length;
  const objects: string[] = [];
  const pageIds = colors.map((_, index) => 4 + index * 2);
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${count} >>`;
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  colors.forEach((color, index) => {
    const id = pageIds[index] as number;
    const stream = pageContent(index + 1, count, color);
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}endstream`;
  });
  let text = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id += 1) {
    offsets[id] = text.length;
    text += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = text.length;
  text += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id += 1)
    text += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A Word document with a Heading 1, a paragraph, a two-item bulleted list and a 2×2 table. */
export async function docxReport(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
  );
  zip.file(
    "word/styles.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="36"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:color="000000"/><w:left w:val="single" w:sz="4" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:color="000000"/><w:right w:val="single" w:sz="4" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:color="000000"/></w:tblBorders></w:tblPr></w:style></w:styles>`,
  );
  zip.file(
    "word/numbering.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  );
  const paragraph = (text: string, props = "") => `<w:p>${props}<w:r><w:t>${text}</w:t></w:r></w:p>`;
  const item = (text: string) =>
    paragraph(text, '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>');
  const cell = (text: string) =>
    `<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr>${paragraph(text)}</w:tc>`;
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${paragraph(
      "Quarterly report",
      '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>',
    )}${paragraph("Revenue grew in every region.")}${item("North up 12%")}${item("South up 8%")}<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol w:w="2400"/><w:gridCol w:w="2400"/></w:tblGrid><w:tr>${cell("Region")}${cell("Growth")}</w:tr><w:tr>${cell("North")}${cell("12%")}</w:tr></w:tbl><w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

/** A 1×1 opaque PNG (the smallest valid one), as a notebook stores image outputs: base64 text. */
const PNG_PIXEL =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

/** A notebook: a markdown cell, a code cell printing and returning a value, one drawing an image, one failing. */
export function notebook(): string {
  const ansiEscape = "\u001b";
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { language_info: { name: "python" } },
    cells: [
      { cell_type: "markdown", metadata: {}, source: ["# Sales analysis\n", "The **quarter** in numbers."] },
      {
        cell_type: "code",
        execution_count: 1,
        metadata: {},
        source: ["print('hello')\n", "6 * 7"],
        outputs: [
          { output_type: "stream", name: "stdout", text: ["hello\n"] },
          { output_type: "execute_result", execution_count: 1, metadata: {}, data: { "text/plain": ["42"] } },
        ],
      },
      {
        cell_type: "code",
        execution_count: 2,
        metadata: {},
        source: "plot()",
        outputs: [
          {
            output_type: "display_data",
            metadata: {},
            data: { "image/png": PNG_PIXEL, "text/plain": "<Figure>" },
          },
          {
            output_type: "display_data",
            metadata: {},
            data: { "text/html": "<b>bold table</b><script>parent.document.title='owned'</script>" },
          },
        ],
      },
      {
        cell_type: "code",
        execution_count: 3,
        metadata: {},
        source: "1 / 0",
        outputs: [
          {
            output_type: "error",
            ename: "ZeroDivisionError",
            evalue: "division by zero",
            traceback: [`${ansiEscape}[0;31mZeroDivisionError${ansiEscape}[0m: division by zero`],
          },
        ],
      },
    ],
  });
}

/** A tetrahedron in ASCII STL. */
export function stlTetrahedron(): string {
  const vertices = [
    [0, 0, 0],
    [10, 0, 0],
    [0, 10, 0],
    [0, 0, 10],
  ];
  const faces = [
    [0, 2, 1],
    [0, 1, 3],
    [0, 3, 2],
    [1, 2, 3],
  ];
  const facets = faces
    .map((face) => {
      const corners = face
        .map((index) => `      vertex ${(vertices[index] as number[]).join(" ")}`)
        .join("\n");
      return `  facet normal 0 0 0\n    outer loop\n${corners}\n    endloop\n  endfacet`;
    })
    .join("\n");
  return `solid tetrahedron\n${facets}\nendsolid tetrahedron\n`;
}

/** One triangle in glTF 2.0 JSON, its positions in an inline (data: URI) buffer. */
export function gltfTriangle(): string {
  const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]);
  const base64 = Buffer.from(positions.buffer).toString("base64");
  return JSON.stringify({
    asset: { version: "2.0" },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 }, material: 0 }] }],
    materials: [{ pbrMetallicRoughness: { baseColorFactor: [0.9, 0.3, 0.2, 1] }, doubleSided: true }],
    buffers: [{ byteLength: positions.byteLength, uri: `data:application/octet-stream;base64,${base64}` }],
    bufferViews: [{ buffer: 0, byteOffset: 0, byteLength: positions.byteLength, target: 34962 }],
    accessors: [
      { bufferView: 0, componentType: 5126, count: 3, type: "VEC3", min: [0, 0, 0], max: [1, 1, 0] },
    ],
  });
}
