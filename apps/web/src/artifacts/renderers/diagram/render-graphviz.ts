import { instance } from "@viz-js/viz";
import { DiagramSourceError } from "./diagram-source-error.ts";

/** Draws DOT source as SVG text with Graphviz compiled to WebAssembly (the dot layout engine). */
export async function renderGraphviz(source: string): Promise<string> {
  const viz = await instance();
  const result = viz.render(source, { format: "svg", engine: "dot" });
  if (result.status === "failure") {
    const messages = result.errors.map((error) => error.message.trim()).filter(Boolean);
    throw new DiagramSourceError(messages.join("\n") || "Graphviz could not read this source.");
  }
  return result.output;
}
