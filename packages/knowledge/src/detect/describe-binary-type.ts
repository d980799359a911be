/** Names that a person recognises for the binary types file-type finds and Penny refuses. */
const knownTypes: Record<string, string> = {
  png: "a PNG image",
  jpg: "a JPEG image",
  gif: "a GIF image",
  webp: "a WebP image",
  bmp: "a BMP image",
  tif: "a TIFF image",
  heic: "a HEIC image",
  svg: "an SVG image",
  exe: "a Windows program",
  elf: "a Linux program",
  macho: "a macOS program",
  zip: "a zip archive that is not a Word or Excel file",
  gz: "a gzip archive",
  "7z": "a 7-Zip archive",
  rar: "a RAR archive",
  tar: "a tar archive",
  cfb: "an old Office file (.doc/.xls); save it as DOCX or XLSX",
  pptx: "a PowerPoint presentation",
  odt: "an OpenDocument text file; save it as DOCX",
  ods: "an OpenDocument spreadsheet; save it as XLSX",
  epub: "an EPUB e-book",
  mp3: "an MP3 audio file",
  mp4: "an MP4 video",
  wav: "a WAV audio file",
  sqlite: "a SQLite database",
};

/** A person's name for a detected binary type ("a PNG image"), falling back to its extension and mime. */
export function describeBinaryType(ext: string, mime: string): string {
  return knownTypes[ext] ?? `a ${ext.toUpperCase()} file (${mime})`;
}
