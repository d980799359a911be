import { fileTypeFromBuffer } from "file-type";
import { UnsupportedFileTypeError } from "../errors/unsupported-file-type-error.ts";
import { describeBinaryType } from "./describe-binary-type.ts";
import { type DocumentFormat, formatMimes } from "./document-formats.ts";
import { sniffTextFormat } from "./sniff-text-format.ts";

/** What detectFileType found. */
export interface DetectedFileType {
  format: DocumentFormat;
  mime: string;
}

/**
 * The format of an upload from its CONTENT: binary formats by magic bytes, text formats by sniffing valid UTF-8.
 * The filename only breaks ties between text kinds; anything else is an UnsupportedFileTypeError.
 */
export async function detectFileType(input: {
  bytes: Uint8Array;
  filename?: string;
}): Promise<DetectedFileType> {
  const { bytes, filename } = input;
  if (bytes.length === 0) throw new UnsupportedFileTypeError("empty");
  const binary = await fileTypeFromBuffer(bytes);
  if (binary) {
    if (binary.ext === "pdf") return as("pdf");
    if (binary.ext === "docx") return as("docx");
    if (binary.ext === "xlsx") return as("xlsx");
    // file-type also names some text formats; those are sniffed as text below.
    if (binary.ext !== "xml") throw new UnsupportedFileTypeError(describeBinaryType(binary.ext, binary.mime));
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) throw new UnsupportedFileTypeError("binary data, not text or a known document");
  return as(sniffTextFormat(text, filename));
}

function as(format: DocumentFormat): DetectedFileType {
  return { format, mime: formatMimes[format] };
}

/** The text of valid UTF-8 without NUL bytes, else undefined (binary or another encoding). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return text.includes("\u0000") ? undefined : text;
  } catch {
    return undefined;
  }
}
