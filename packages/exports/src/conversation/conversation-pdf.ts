import { authorOf, branchSections } from "../branch-sections.ts";
import { parseCsv } from "../csv.ts";
import { type ConversationSnapshot, type ExportArtifact, findArtifact } from "../export-snapshot.ts";
import { type ExportPart, readParts, summarizeTool } from "../message-parts.ts";
import { drawSvgChart } from "../pdf/pdf-chart.ts";
import { createPdf, FONTS, numberPages } from "../pdf/pdf-document.ts";
import { drawTable } from "../pdf/pdf-table.ts";
import { time } from "./conversation-markdown.ts";

/**
 * A conversation as a PDF: a title block, then each message with its author and time; charts drawn as vector
 * graphics, tables as paginated tables, tool calls in one line, and the citations listed at the end.
 */
export async function buildConversationPdf(snapshot: ConversationSnapshot): Promise<Uint8Array> {
  const { doc, bytes } = createPdf({ title: snapshot.conversation.title, subject: "Penny conversation" });
  doc.font(FONTS.bold).fontSize(20).text(snapshot.conversation.title);
  doc.moveDown(0.3).font(FONTS.body).fontSize(9).fillColor("#555555");
  doc.text(`Conversation ${snapshot.conversation.id}`);
  doc.text(`Started ${time(snapshot.conversation.createdAt)} · exported ${time(snapshot.exportedAt)}`);
  doc.text(
    `${snapshot.branches === "all" ? "All branches" : "Active branch"} · ${snapshot.messages.length} messages · ${
      snapshot.artifacts.length
    } artifacts`,
  );
  doc.fillColor("#000000").moveDown(1);
  const citations: Extract<ExportPart, { type: "citation" }>[] = [];
  for (const section of branchSections(snapshot)) {
    if (snapshot.branches === "all") {
      doc.font(FONTS.bold).fontSize(14).text(section.label).moveDown(0.3);
    }
    for (const message of section.messages) {
      doc
        .font(FONTS.bold)
        .fontSize(11)
        .text(`${authorOf(message)} · ${time(message.createdAt)}`);
      doc.moveDown(0.2);
      const markers: number[] = [];
      for (const part of readParts(message.parts)) {
        if (part.type === "text") doc.font(FONTS.body).fontSize(10).text(part.text).moveDown(0.4);
        else if (part.type === "tool")
          doc
            .font(FONTS.mono)
            .fontSize(8)
            .fillColor("#444444")
            .text(`Tool: ${summarizeTool(part)}`)
            .fillColor("#000000")
            .moveDown(0.4);
        else if (part.type === "artifact") drawArtifact(doc, part, findArtifact(snapshot, part));
        else if (part.type === "citation") {
          citations.push(part);
          markers.push(citations.length);
        } else
          doc
            .font(FONTS.body)
            .fontSize(8)
            .fillColor("#777777")
            .text(`(${part.partType} not shown)`)
            .fillColor("#000000");
      }
      if (markers.length > 0)
        doc
          .font(FONTS.body)
          .fontSize(8)
          .text(`Sources: ${markers.map((n) => `[${n}]`).join(" ")}`);
      doc.moveDown(0.8);
    }
  }
  if (citations.length > 0) {
    doc.addPage().font(FONTS.bold).fontSize(14).text("Sources").moveDown(0.5);
    citations.forEach((citation, index) => {
      doc
        .font(FONTS.body)
        .fontSize(9)
        .text(
          `[${index + 1}] ${citation.label}${citation.source ? ` — ${citation.source}` : ""}${citation.quote ? ` — “${citation.quote}”` : ""}`,
        );
      doc.moveDown(0.3);
    });
  }
  numberPages(doc);
  doc.end();
  return bytes;
}

function drawArtifact(
  doc: PDFKit.PDFDocument,
  part: Extract<ExportPart, { type: "artifact" }>,
  artifact: ExportArtifact | undefined,
): void {
  doc
    .font(FONTS.bold)
    .fontSize(10)
    .text(`${part.title} (${part.kind}, version ${part.version})`)
    .moveDown(0.3);
  if (!artifact) {
    doc.font(FONTS.body).fontSize(9).text("This artifact is no longer available.").moveDown(0.4);
    return;
  }
  if (artifact.kind === "chart" && artifact.rendered)
    drawSvgChart(doc, new TextDecoder().decode(artifact.rendered.svg));
  else if (artifact.kind === "chart")
    doc
      .font(FONTS.body)
      .fontSize(9)
      .text(`The chart could not be drawn: ${artifact.renderError ?? "unknown reason"}`);
  else if (artifact.kind === "table" && artifact.mime === "text/csv")
    drawTable(doc, parseCsv(new TextDecoder().decode(artifact.bytes)));
  else if (artifact.mime.startsWith("text/markdown") || artifact.mime.startsWith("text/plain"))
    doc.font(FONTS.body).fontSize(9).text(new TextDecoder().decode(artifact.bytes));
  else
    doc
      .font(FONTS.body)
      .fontSize(9)
      .text(`${artifact.mime}, ${artifact.bytes.byteLength} bytes: see the zip export.`);
  doc.moveDown(0.5);
}
