import mammoth from "mammoth";
import { DocumentCorruptError } from "../errors/document-corrupt-error.ts";
import type { DocumentSection } from "./extracted-document.ts";
import { guardZip, type ZipLimits } from "./guard-zip.ts";
import { htmlSections } from "./html-sections.ts";

/** A Word document split on its headings (mammoth maps Heading 1–6 to h1–h6); zip-bomb guarded first. */
export async function extractDocx(
  bytes: Uint8Array,
  zipLimits?: ZipLimits,
): Promise<{ title: string | null; sections: DocumentSection[] }> {
  guardZip(bytes, "Word (DOCX)", zipLimits);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are not text: an empty source keeps megabytes of base64 out of memory.
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    html = result.value;
  } catch (error) {
    throw new DocumentCorruptError("Word (DOCX)", error instanceof Error ? error.message : undefined);
  }
  const sections = htmlSections(html);
  const title = sections.find((section) => section.heading !== null)?.heading?.split(" > ")[0] ?? null;
  return { title, sections };
}
