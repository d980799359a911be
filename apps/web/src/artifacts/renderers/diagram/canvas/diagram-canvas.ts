import mermaid from "mermaid";
import type { CanvasReply, CanvasRequest } from "./canvas-protocol.ts";

/*
 * The diagram canvas page's script (its own Vite entry, diagram-canvas.html). Mermaid lays a diagram out in a live
 * DOM and writes a <style> element and style attributes as it goes; the app's CSP forbids both, this page's allows
 * inline styles. It answers only its parent (same origin), one drawing at a time, through the MessagePort it is given.
 */
let sequence = 0;
let queue: Promise<unknown> = Promise.resolve();

async function draw(request: CanvasRequest): Promise<CanvasReply> {
  mermaid.initialize({
    startOnLoad: false,
    // Labels stay text: no HTML, no links, no click handlers from the source.
    securityLevel: "strict",
    suppressErrorRendering: true,
    // SVG text labels (not HTML in foreignObject), so the drawing is a self-contained picture that exports to PNG.
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    theme: request.dark ? "dark" : "default",
  });
  try {
    await mermaid.parse(request.source);
    sequence += 1;
    const { svg } = await mermaid.render(`penny-diagram-${sequence}`, request.source);
    return { ok: true, svg };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

window.addEventListener("message", (event: MessageEvent<CanvasRequest>) => {
  if (event.origin !== window.location.origin || event.source !== window.parent) return;
  if (event.data?.type !== "penny:draw-mermaid") return;
  const [port] = event.ports;
  if (!port) return;
  queue = queue.then(async () => port.postMessage(await draw(event.data)));
});
