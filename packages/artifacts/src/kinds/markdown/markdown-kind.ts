import type { ArtifactKindDefinition } from "../artifact-kind-definition.ts";
import { MEGABYTE } from "../artifact-kind-definition.ts";
import { assertMimeAccepted } from "../assert-mime-accepted.ts";
import { decodeUtf8 } from "../content-checks.ts";

/** Markdown text: any valid UTF-8 is accepted, since Markdown has no invalid documents. */
export const markdownKind: ArtifactKindDefinition<"markdown"> = {
  kind: "markdown",
  mimes: ["text/markdown"],
  maxBytes: 5 * MEGABYTE,
  validate(bytes, mime) {
    assertMimeAccepted(markdownKind, mime);
    decodeUtf8("markdown", bytes);
  },
};
