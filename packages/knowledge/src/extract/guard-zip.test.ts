import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ArchiveTooLargeError } from "../errors/archive-too-large-error.ts";
import { extractDocument } from "./extract-document.ts";
import { guardZip } from "./guard-zip.ts";
import { readTable } from "./read-table.ts";

const contentTypes = strToU8(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
);

/** A zip bomb dressed as a DOCX: one entry of zeros, deflated at level 9 (32 MB packs to ~32 KB). */
function zipBomb(megabytes: number): Uint8Array {
  return zipSync(
    { "[Content_Types].xml": contentTypes, "word/document.xml": new Uint8Array(megabytes * 1024 * 1024) },
    { level: 9 },
  );
}

describe("the zip-bomb guard", () => {
  it("refuses a DOCX that unpacks to over 100 times its size, before mammoth reads it", async () => {
    const bomb = zipBomb(32);
    expect(bomb.length).toBeLessThan(100_000);
    const refusal = extractDocument({ bytes: bomb, format: "docx" });
    await expect(refusal).rejects.toBeInstanceOf(ArchiveTooLargeError);
    await expect(refusal).rejects.toThrow(/unpacks to too much data/);
  });

  it("refuses one over the size cap (a smaller cap here, to spare memory)", async () => {
    const limits = { maxUncompressedBytes: 8 * 1024 * 1024, maxRatio: 1_000_000, maxEntries: 100 };
    await expect(extractDocument({ bytes: zipBomb(16), format: "docx", zipLimits: limits })).rejects.toThrow(
      /over 8 MB unpacked/,
    );
  });

  it("counts inflated bytes, not only what the zip declares", () => {
    const bomb = zipBomb(16);
    // Rewrite the declared uncompressed size of the big entry (local header and central directory) to 1 KB.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    const declared = 16 * 1024 * 1024;
    for (let offset = 0; offset + 4 <= bomb.length; offset++) {
      if (view.getUint32(offset, true) === declared) view.setUint32(offset, 1024, true);
    }
    const limits = { maxUncompressedBytes: 8 * 1024 * 1024, maxRatio: 1_000_000, maxEntries: 100 };
    expect(() => guardZip(bomb, "Word (DOCX)", limits)).toThrow(ArchiveTooLargeError);
  });

  it("applies to XLSX too", async () => {
    await expect(readTable({ bytes: zipBomb(32), format: "xlsx" })).rejects.toBeInstanceOf(
      ArchiveTooLargeError,
    );
  });

  it("lets a real DOCX through", () => {
    const docx = new Uint8Array(
      readFileSync(new URL("../__fixtures__/chapter-13-trustee-handbook.docx", import.meta.url)),
    );
    expect(() => guardZip(docx, "Word (DOCX)")).not.toThrow();
  });
});
