import type { ArtifactKindDefinition } from "../artifact-kind-definition.ts";
import { MEGABYTE } from "../artifact-kind-definition.ts";
import { assertMimeAccepted } from "../assert-mime-accepted.ts";
import { decodeUtf8 } from "../content-checks.ts";

/** Source code: UTF-8 text, its language in the mime type (`text/x-python`) or plain text. */
export const codeKind: ArtifactKindDefinition<"code"> = {
  kind: "code",
  mimes: ["text/plain", "text/x-*"],
  maxBytes: 5 * MEGABYTE,
  validate(bytes, mime) {
    assertMimeAccepted(codeKind, mime);
    decodeUtf8("code", bytes);
  },
};
