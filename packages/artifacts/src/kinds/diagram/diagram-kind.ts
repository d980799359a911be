import { ArtifactContentError } from "../../errors/artifact-content-error.ts";
import type { ArtifactKindDefinition } from "../artifact-kind-definition.ts";
import { MEGABYTE } from "../artifact-kind-definition.ts";
import { assertMimeAccepted } from "../assert-mime-accepted.ts";
import { decodeUtf8 } from "../content-checks.ts";
import { checkGraphviz } from "./check-graphviz.ts";
import { checkMermaid } from "./check-mermaid.ts";

/** A diagram as source text: Mermaid or Graphviz DOT, drawn by the client. */
export const diagramKind: ArtifactKindDefinition<"diagram"> = {
  kind: "diagram",
  mimes: ["text/vnd.mermaid", "text/vnd.graphviz"],
  maxBytes: 5 * MEGABYTE,
  validate(bytes, mime) {
    assertMimeAccepted(diagramKind, mime);
    const source = decodeUtf8("diagram", bytes);
    const problem = mime === "text/vnd.mermaid" ? checkMermaid(source) : checkGraphviz(source);
    if (problem) throw new ArtifactContentError("diagram", `The diagram is not valid: ${problem}.`);
  },
};
