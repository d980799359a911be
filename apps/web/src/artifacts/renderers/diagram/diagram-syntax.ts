/** The diagram languages Penny draws, by the mime types the diagram kind stores (packages/artifacts diagramKind). */
export const diagramSyntaxes = { "text/vnd.mermaid": "mermaid", "text/vnd.graphviz": "graphviz" } as const;

export type DiagramSyntax = (typeof diagramSyntaxes)[keyof typeof diagramSyntaxes];

/** The syntax of a diagram's mime type, or undefined when it is not one Penny draws. */
export function diagramSyntaxOf(mime: string): DiagramSyntax | undefined {
  return diagramSyntaxes[mime as keyof typeof diagramSyntaxes];
}
