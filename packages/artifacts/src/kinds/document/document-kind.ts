import { ArtifactContentError } from "../../errors/artifact-content-error.ts";
import type { ArtifactKindDefinition } from "../artifact-kind-definition.ts";
import { MEGABYTE } from "../artifact-kind-definition.ts";
import { assertMimeAccepted } from "../assert-mime-accepted.ts";
import { decodeUtf8, startsWithBytes } from "../content-checks.ts";

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const HTML = "text/html";
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** A finished document: PDF, Word (DOCX) as the zip archive it is, or an HTML report (untrusted markup). */
export const documentKind: ArtifactKindDefinition<"document"> = {
  kind: "document",
  mimes: [PDF, DOCX, HTML],
  maxBytes: 25 * MEGABYTE,
  // HTML can hold scripts: it is only ever shown from a sandboxed, opaque origin (see the preview route).
  untrustedMarkupMimes: [HTML],
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
    if (mime === HTML) {
      if (!/<[a-z!]/i.test(decodeUtf8("document", bytes))) {
        throw new ArtifactContentError("document", "The content is declared HTML but has no markup.");
      }
      return;
    }
    if (!startsWithBytes(bytes, ZIP_MAGIC)) {
      throw new ArtifactContentError("document", "The content is declared DOCX but is not a zip archive.");
    }
  },
};
