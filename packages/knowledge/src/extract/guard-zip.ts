import { Unzip, UnzipInflate, unzipSync } from "fflate";
import { ArchiveTooLargeError } from "../errors/archive-too-large-error.ts";
import { DocumentCorruptError } from "../errors/document-corrupt-error.ts";

/** Caps on what a DOCX/XLSX may unpack to. */
export interface ZipLimits {
  maxUncompressedBytes: number;
  maxRatio: number;
  maxEntries: number;
}

/** 200 MB unpacked, 100:1 overall, 10,000 entries: far above real office files, far below a zip bomb. */
export const defaultZipLimits: ZipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  maxEntries: 10_000,
};

/**
 * Refuses a zip bomb BEFORE a parser unpacks it: first by the sizes the zip declares, then by inflating every
 * entry as a stream and counting real bytes (a zip may lie about its sizes), never holding more than one chunk.
 */
export function guardZip(bytes: Uint8Array, format: string, limits: ZipLimits = defaultZipLimits): void {
  let declared = 0;
  let entries = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        entries++;
        declared += file.originalSize;
        return false;
      },
    });
  } catch (error) {
    throw new DocumentCorruptError(format, error instanceof Error ? error.message : undefined);
  }
  check(declared, entries, bytes.length, format, limits);

  let inflated = 0;
  // fflate wraps what its callbacks throw, so the refusal is kept aside to be rethrown as itself.
  let refusal: ArchiveTooLargeError | undefined;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) throw new DocumentCorruptError(format, error.message);
      inflated += chunk.length;
      try {
        check(inflated, entries, bytes.length, format, limits);
      } catch (tooLarge) {
        refusal = tooLarge as ArchiveTooLargeError;
        throw tooLarge;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (refusal) throw refusal;
    if (error instanceof ArchiveTooLargeError || error instanceof DocumentCorruptError) throw error;
    throw new DocumentCorruptError(format, error instanceof Error ? error.message : undefined);
  }
}

function check(unpacked: number, entries: number, packed: number, format: string, limits: ZipLimits): void {
  const megabytes = (value: number) =>
    value < 1024 * 1024 ? `${Math.ceil(value / 1024)} KB` : `${Math.round(value / (1024 * 1024))} MB`;
  if (entries > limits.maxEntries)
    throw new ArchiveTooLargeError(format, `${entries} parts; the limit is ${limits.maxEntries}`);
  if (unpacked > limits.maxUncompressedBytes)
    throw new ArchiveTooLargeError(
      format,
      `over ${megabytes(limits.maxUncompressedBytes)} unpacked from ${megabytes(packed)}`,
    );
  if (unpacked > packed * limits.maxRatio && unpacked > 1024 * 1024)
    throw new ArchiveTooLargeError(format, `more than ${limits.maxRatio} times its own size`);
}
