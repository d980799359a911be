/** SVG text with its size in pixels, ready to be an <img> and to be exported. */
export interface SizedSvg {
  svg: string;
  width: number;
  height: number;
}

const ROOT_TAG = /<svg\b[^>]*>/;
const ATTRIBUTE = /\s([\w:-]+)\s*=\s*("[^"]*"|'[^']*')/g;

/**
 * Gives drawn SVG an explicit pixel size (Mermaid's is `width="100%"` with a max-width style), taken from its
 * viewBox, so an <img> of it has a natural size to fit and zoom from. Only the root tag's text is rewritten: parsing
 * the drawing into a document, even an inert one, would make the page's CSP report its styles.
 */
export function sizedSvg(text: string): SizedSvg {
  const root = ROOT_TAG.exec(text);
  if (!root) throw new Error("The drawing is not SVG.");
  const attributes = new Map(
    Array.from(root[0].matchAll(ATTRIBUTE), (match) => [match[1] ?? "", (match[2] ?? "").slice(1, -1)]),
  );
  const box = attributes
    .get("viewBox")
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const boxSize =
    box?.length === 4 && box.every(Number.isFinite) ? { width: box[2], height: box[3] } : undefined;
  const width = Math.ceil(boxSize?.width ?? Number.parseFloat(attributes.get("width") ?? "")) || 300;
  const height = Math.ceil(boxSize?.height ?? Number.parseFloat(attributes.get("height") ?? "")) || 150;
  for (const name of ["width", "height", "style"]) attributes.delete(name);
  const kept = Array.from(
    attributes,
    ([name, value]) => ` ${name}="${value.replaceAll('"', "&quot;")}"`,
  ).join("");
  const tag = `<svg${kept} width="${width}" height="${height}">`;
  return {
    svg: text.slice(0, root.index) + tag + text.slice(root.index + root[0].length),
    width,
    height,
  };
}
