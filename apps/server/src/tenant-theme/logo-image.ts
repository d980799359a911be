/** The largest logo a tenant may upload: plenty for a header mark, small enough to serve on every page load. */
export const LOGO_MAX_BYTES = 256 * 1024;

export const logoMimes = ["image/png", "image/jpeg", "image/webp"] as const;
export type LogoMime = (typeof logoMimes)[number];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length &&
  signature.every((byte, index) => bytes[offset + index] === byte);

/**
 * The image type of `bytes` read from their magic bytes (PNG, JPEG or WebP), never from a name or a declared type;
 * null for anything else, SVG included (markup that could carry script).
 */
export function sniffLogo(bytes: Uint8Array): LogoMime | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  // RIFF <size> WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return "image/webp";
  }
  return null;
}
