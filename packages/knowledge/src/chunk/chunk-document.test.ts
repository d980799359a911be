import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract/extract-document.ts";
import type { ExtractedDocument } from "../extract/extracted-document.ts";
import { chunkDocument, normalizeChunkText } from "./chunk-document.ts";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url)));
const squash = (text: string) => text.replace(/\s+/g, " ");
const documentOf = (sections: ExtractedDocument["sections"]): ExtractedDocument => ({
  format: "text",
  title: null,
  pages: sections.length,
  language: "en",
  sections,
});

describe("chunkDocument on the Federal Register PDF", async () => {
  const document = await extractDocument({
    bytes: fixture("federal-register-2020-17221.pdf"),
    format: "pdf",
  });
  const chunks = chunkDocument(document);

  it("gives each chunk the page its text is on", () => {
    expect(chunks.length).toBeGreaterThan(40);
    for (const chunk of chunks) {
      const pageText = squash(
        document.sections
          .filter((section) => section.page === chunk.page)
          .map((section) => section.text)
          .join(" "),
      );
      expect(pageText).toContain(squash(chunk.text).slice(0, 80));
    }
    const costs = chunks.find((chunk) => chunk.text.includes("ESTIMATED COSTS\n"));
    expect(costs?.page).toBe(5);
  });

  it("stays near the target size, cuts only between words and numbers chunks in order", () => {
    const pageWords = new Set(document.sections.flatMap((section) => section.text.split(/\s+/)));
    for (const [index, chunk] of chunks.entries()) {
      expect(chunk.ordinal).toBe(index);
      expect(chunk.text.length).toBeLessThanOrEqual(1200 + 200 + 1);
      const words = chunk.text.split(/\s+/);
      expect(pageWords.has(words[0] ?? "")).toBe(true);
      expect(pageWords.has(words.at(-1) ?? "")).toBe(true);
    }
  });

  it("hashes the normalized text", () => {
    const [first] = chunks;
    const expected = createHash("sha256")
      .update(normalizeChunkText(first?.text ?? ""))
      .digest("hex");
    expect(first?.contentHash).toBe(expected);
  });
});

describe("chunkDocument", () => {
  const sentence = (index: number) => `Sentence number ${index} talks about the harbour and its ships.`;
  const longText = Array.from({ length: 60 }, (_, index) => sentence(index)).join(" ");

  it("overlaps consecutive chunks of a section, starting the overlap at a word", () => {
    const chunks = chunkDocument(documentOf([{ page: 3, heading: "Port", text: longText }]), {
      targetChars: 400,
      overlapChars: 100,
    });
    expect(chunks.length).toBeGreaterThan(5);
    for (let index = 1; index < chunks.length; index++) {
      const previous = chunks[index - 1]?.text ?? "";
      const current = chunks[index]?.text ?? "";
      const shared = current.slice(0, 40);
      expect(previous).toContain(shared);
      expect(current).toMatch(/^\S/);
      expect(chunks[index]).toMatchObject({ page: 3, heading: "Port" });
    }
  });

  it("prefers paragraph boundaries", () => {
    const paragraphs = ["a".repeat(10), "Alpha paragraph. ".repeat(20), "Beta paragraph. ".repeat(20)];
    const chunks = chunkDocument(documentOf([{ page: null, heading: null, text: paragraphs.join("\n\n") }]), {
      targetChars: 400,
      overlapChars: 0,
    });
    expect(chunks.map((chunk) => chunk.text.trim().split("\n\n").at(-1)?.slice(0, 5))).toEqual([
      "Alpha",
      "Beta ",
    ]);
  });

  it("never lets a chunk span two pages", () => {
    const chunks = chunkDocument(
      documentOf([
        { page: 1, heading: null, text: "Short text on page one." },
        { page: 2, heading: null, text: "Short text on page two." },
      ]),
    );
    expect(chunks.map((chunk) => [chunk.page, chunk.text])).toEqual([
      [1, "Short text on page one."],
      [2, "Short text on page two."],
    ]);
  });

  it("drops chunks whose normalized text repeats", () => {
    const chunks = chunkDocument(
      documentOf([
        { page: 1, heading: null, text: "Confidential — do not share." },
        { page: 2, heading: null, text: "CONFIDENTIAL —  do not   share." },
        { page: 3, heading: null, text: "The real content." },
      ]),
    );
    expect(chunks.map((chunk) => [chunk.ordinal, chunk.page])).toEqual([
      [0, 1],
      [1, 3],
    ]);
  });

  it("gives no chunks for an empty document", () => {
    expect(chunkDocument(documentOf([]))).toEqual([]);
  });
});
