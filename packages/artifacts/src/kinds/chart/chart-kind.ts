import { ArtifactContentError } from "../../errors/artifact-content-error.ts";
import type { ArtifactKindDefinition } from "../artifact-kind-definition.ts";
import { MEGABYTE } from "../artifact-kind-definition.ts";
import { assertMimeAccepted } from "../assert-mime-accepted.ts";
import { parseJson } from "../content-checks.ts";
import { compileVegaLite } from "./compile-vega-lite.ts";

/** A Vega-Lite chart: accepted only when the Vega-Lite compiler accepts it. */
export const chartKind: ArtifactKindDefinition<"chart"> = {
  kind: "chart",
  mimes: ["application/vnd.vegalite+json"],
  maxBytes: 5 * MEGABYTE,
  validate(bytes, mime) {
    assertMimeAccepted(chartKind, mime);
    const spec = parseJson("chart", bytes);
    try {
      compileVegaLite(spec);
    } catch (error) {
      throw new ArtifactContentError(
        "chart",
        `The Vega-Lite spec does not compile: ${(error as Error).message}`,
      );
    }
  },
};
