/** What the app asks the diagram canvas page to draw, sent with a MessagePort for the answer. */
export interface CanvasRequest {
  type: "penny:draw-mermaid";
  source: string;
  dark: boolean;
}

/** The canvas page's answer: the SVG text, or why the source could not be drawn. */
export type CanvasReply = { ok: true; svg: string } | { ok: false; message: string };
