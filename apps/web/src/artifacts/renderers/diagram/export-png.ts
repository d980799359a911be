/** Draws an SVG picture onto a canvas at `scale` and returns it as PNG (on a white background for legibility). */
export async function svgToPng(
  svgUrl: string,
  size: { width: number; height: number },
  options: { scale: number; background: string },
): Promise<Blob> {
  const image = new Image();
  image.src = svgUrl;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(size.width * options.scale);
  canvas.height = Math.round(size.height * options.scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw on a canvas.");
  context.fillStyle = options.background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be made."))),
      "image/png",
    ),
  );
}

/** Saves a blob as a file, through a temporary link. */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: letters, digits, dashes and underscores only. */
export function fileNameOf(title: string, extension: string): string {
  const base =
    title
      .trim()
      .replace(/[^\p{L}\p{N}_-]+/gu, "-")
      .replace(/^-+|-+$/g, "") || "diagram";
  return `${base}.${extension}`;
}
