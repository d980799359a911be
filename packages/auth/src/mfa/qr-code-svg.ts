import QRCode from "qrcode";

/**
 * `text` as a QR code in SVG: markup the web page can inline, sharp at any size, and no image library on the
 * server. Error correction M tolerates a smudged or glare-struck screen while keeping an otpauth URI small.
 */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
