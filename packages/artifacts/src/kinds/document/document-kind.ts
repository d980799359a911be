import { ArtifactContentError } from "../../errors/artifact-content-error.ts";
import type { ArtifactKindDefinition } from "../artifact-kind-definition.ts";
import { MEGABYTE } from "../artifact-kind-definition.ts";
import { assertMimeAccepted } from "../assert-mime-accepted.ts";
import { startsWithBytes } from "../content-checks.ts";

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** A finished document: PDF, or Word (DOCX) as the zip archive it is. */
export const documentKind: ArtifactKindDefinition<"document"> = {
  kind: "document",
  mimes: [PDF, DOCX],
  maxBytes: 25 * MEGABYTE,
  validate(bytes, mime) {
    assertMimeAccepted(documentKind, mime);
    if (mime === PDF) {
      if (!startsWithBytes(bytes, "%PDF-")) {
        throw new ArtifactContentError(
          "document",
          "The content is declared PDF but does not start with %PDF-.",
        );
      }
      return;
    }
    if (!startsWithBytes(bytes, ZIP_MAGIC)) {
      throw new ArtifactContentError("document", "The content is declared DOCX but is not a zip archive.");
    }
  },
};
