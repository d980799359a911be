import type { CanvasReply, CanvasRequest } from "./canvas/canvas-protocol.ts";
import { DiagramSourceError } from "./diagram-source-error.ts";

/** The same-origin page (its own CSP: inline styles allowed, only Penny's scripts) where Mermaid draws. */
const CANVAS_URL = "/diagram-canvas";

/** A hidden iframe holding the canvas page, loaded; the caller removes it when the drawing is done. */
function openCanvas(): Promise<HTMLIFrameElement> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement("iframe");
    frame.className = "diagram-canvas";
    frame.tabIndex = -1;
    frame.setAttribute("aria-hidden", "true");
    frame.title = "";
    frame.src = CANVAS_URL;
    frame.addEventListener("load", () => resolve(frame), { once: true });
    frame.addEventListener("error", () => reject(new Error("The diagram canvas did not load.")), {
      once: true,
    });
    document.body.append(frame);
  });
}

/**
 * Draws Mermaid source as SVG text in the canvas page (see canvas/diagram-canvas.ts for why it cannot be drawn in
 * the app's own document). A source Mermaid cannot parse rejects with a DiagramSourceError carrying its message.
 */
export async function renderMermaid(source: string, options: { dark: boolean }): Promise<string> {
  const frame = await openCanvas();
  try {
    const channel = new MessageChannel();
    const reply = new Promise<CanvasReply>((resolve) => {
      channel.port1.onmessage = (event: MessageEvent<CanvasReply>) => resolve(event.data);
    });
    const request: CanvasRequest = { type: "penny:draw-mermaid", source, dark: options.dark };
    frame.contentWindow?.postMessage(request, window.location.origin, [channel.port2]);
    const answer = await reply;
    channel.port1.close();
    if (!answer.ok) throw new DiagramSourceError(answer.message);
    return answer.svg;
  } finally {
    frame.remove();
  }
}
