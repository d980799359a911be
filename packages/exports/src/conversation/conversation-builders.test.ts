import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readPdf, sampleSnapshot } from "../__fixtures__/sample-snapshot.ts";
import {
  buildConversationJson,
  buildConversationMarkdown,
  buildConversationPdf,
  buildConversationZip,
} from "../index.ts";
import { sha256 } from "./conversation-zip.ts";

const squash = (text: string) => text.replace(/\s+/g, " ");

describe("conversation markdown", () => {
  it("has the title, authors with times, a tool summary, the table, the artifact files and footnoted citations", async () => {
    const markdown = buildConversationMarkdown(await sampleSnapshot());
    expect(markdown).toMatch(/^# Ventas 2025: análisis\n/);
    expect(markdown).toContain("### You · 2026-11-20 10:00 UTC");
    expect(markdown).toContain("### Assistant (builtin) · 2026-11-20 10:01 UTC");
    expect(markdown).toContain('> Tool: query\\_sales {"groupBy":"region"} (done)');
    expect(markdown).toContain("ventas-por-region-v2.vl.json");
    expect(markdown).toContain("Sources: [^1]");
    expect(markdown).toContain("[^1]: Informe anual 2025 (p. 4) — “el Norte creció un 12 %”");
    expect(markdown).toContain("_(data-hologram not shown in this export)_");
    // 120 rows is more than a page of Markdown wants: the table is summarized, not written out.
    expect(markdown).toContain("_120 rows × 3 columns: see the file._");
    expect(markdown).not.toContain("Una pregunta de otra rama");
  });

  it("writes every branch once when asked for all of them", async () => {
    const markdown = buildConversationMarkdown(await sampleSnapshot("all"));
    expect(markdown).toContain("## Active branch");
    expect(markdown).toContain("## Branch 2");
    expect(markdown.match(/¿Cuánto vendimos por región\?/g)).toHaveLength(1);
    expect(markdown).toContain("Una pregunta de otra rama");
  });
});

describe("conversation json", () => {
  it("is a versioned penny.conversation document with the raw parts and artifact files", async () => {
    const document = JSON.parse(new TextDecoder().decode(buildConversationJson(await sampleSnapshot("all"))));
    expect(document.format).toBe("penny.conversation");
    expect(document.version).toBe(1);
    expect(document.branches).toBe("all");
    expect(document.messages).toHaveLength(3);
    expect(document.activePath).toEqual(["m1", "m2"]);
    expect(document.messages[1].parts[5]).toEqual({
      type: "data-citation",
      data: { title: "Informe anual 2025", page: 4, quote: "el Norte creció un 12 %" },
    });
    expect(document.artifacts.map((artifact: { file: string }) => artifact.file)).toEqual([
      "artifacts/ventas-por-region-v2.vl.json",
      "artifacts/ingresos-mensuales-v1.csv",
    ]);
  });
});

describe("conversation pdf", () => {
  it("opens with pdf.js and has the Spanish text, the chart's labels as text, the table over pages and the sources", async () => {
    const pdf = await readPdf(await buildConversationPdf(await sampleSnapshot()));
    const all = squash(pdf.text.join(" "));
    expect(pdf.pages).toBeGreaterThanOrEqual(4);
    expect(all).toContain("Ventas 2025: análisis");
    expect(all).toContain("¿Cuánto vendimos por región?");
    expect(all).toContain("El Norte vendió más que el Sur.");
    // The chart is vector graphics: its axis titles are PDF text, not pixels in an image.
    expect(all).toContain("Región comercial");
    expect(all).toContain("Ventas totales");
    // The table runs over pages with its header repeated, down to the last row.
    expect(pdf.text.filter((page) => squash(page).includes("month revenue comment")).length).toBeGreaterThan(
      1,
    );
    expect(all).toContain("fila 120, ñandú");
    expect(squash(pdf.text.at(-1) ?? "")).toContain("[1] Informe anual 2025 (p. 4)");
    expect(squash(pdf.text[0] ?? "")).toContain(`1 / ${pdf.pages}`);
  });
});

describe("conversation zip", () => {
  it("holds the conversation, native artifacts, drawn charts and a manifest whose hashes all match", async () => {
    const built = buildConversationZip(await sampleSnapshot());
    const files = unzipSync(built.bytes);
    expect(Object.keys(files).sort()).toEqual([
      "artifacts/ingresos-mensuales-v1.csv",
      "artifacts/ventas-por-region-v2.png",
      "artifacts/ventas-por-region-v2.svg",
      "artifacts/ventas-por-region-v2.vl.json",
      "conversation.json",
      "conversation.md",
      "manifest.json",
    ]);
    const manifestBytes = files["manifest.json"] as Uint8Array;
    expect(sha256(manifestBytes)).toBe(built.manifestSha256);
    const manifest = JSON.parse(new TextDecoder().decode(manifestBytes));
    expect(manifest.files).toHaveLength(6);
    for (const entry of manifest.files) {
      const bytes = files[entry.path] as Uint8Array;
      expect(sha256(bytes), entry.path).toBe(entry.sha256);
      expect(bytes.byteLength).toBe(entry.size);
    }
    const png = files["artifacts/ventas-por-region-v2.png"] as Uint8Array;
    expect([...png.slice(1, 4)].map((code) => String.fromCharCode(code)).join("")).toBe("PNG");
    expect(new TextDecoder().decode(files["conversation.md"])).toContain(
      "(artifacts/ingresos-mensuales-v1.csv)",
    );
  });
});
