import { ArtifactContentError } from "../../errors/artifact-content-error.ts";
import type { ArtifactKindDefinition } from "../artifact-kind-definition.ts";
import { MEGABYTE } from "../artifact-kind-definition.ts";
import { assertMimeAccepted } from "../assert-mime-accepted.ts";
import { isJsonObject, parseJson } from "../content-checks.ts";

/** A Jupyter notebook in format 4 (the only one Jupyter has written since 2015). */
export const notebookKind: ArtifactKindDefinition<"notebook"> = {
  kind: "notebook",
  mimes: ["application/x-ipynb+json"],
  maxBytes: 25 * MEGABYTE,
  validate(bytes, mime) {
    assertMimeAccepted(notebookKind, mime);
    const notebook = parseJson("notebook", bytes);
    if (!isJsonObject(notebook)) throw new ArtifactContentError("notebook", "A notebook is a JSON object.");
    if (notebook.nbformat !== 4) {
      throw new ArtifactContentError(
        "notebook",
        `Only nbformat 4 notebooks are accepted; this one says ${JSON.stringify(notebook.nbformat) ?? "nothing"}.`,
      );
    }
    if (!Array.isArray(notebook.cells)) {
      throw new ArtifactContentError("notebook", "The notebook has no cells array.");
    }
    notebook.cells.forEach((cell, index) => {
      if (!isJsonObject(cell) || typeof cell.cell_type !== "string") {
        throw new ArtifactContentError("notebook", `Cell ${index} of the notebook has no cell_type.`);
      }
    });
  },
};
