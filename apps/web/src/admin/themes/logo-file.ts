/** The server's cap on a logo's size. */
export const LOGO_MAX_BYTES = 256 * 1024;

/** What a chosen file came to: ready to upload (base64 and a blob: URL to preview), or why not. */
export type LogoChoice =
  | { ok: true; base64: string; previewUrl: string }
  | { ok: false; reason: "too-big" | "wrong-type"; size: number };

const starts = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);

/** Whether the bytes are a PNG, JPEG or WebP by their magic bytes (as the server checks). */
function isAcceptedImage(bytes: Uint8Array): boolean {
  return (
    starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ||
    starts(bytes, [0xff, 0xd8, 0xff]) ||
    (starts(bytes, [0x52, 0x49, 0x46, 0x46]) && starts(bytes, [0x57, 0x45, 0x42, 0x50], 8))
  );
}

/** Reads a chosen file and checks it the way the server will, so the admin hears at once what is wrong. */
export async function readLogoFile(file: File): Promise<LogoChoice> {
  if (file.size > LOGO_MAX_BYTES) return { ok: false, reason: "too-big", size: file.size };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isAcceptedImage(bytes)) return { ok: false, reason: "wrong-type", size: file.size };
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return { ok: true, base64: btoa(binary), previewUrl: URL.createObjectURL(file) };
}
