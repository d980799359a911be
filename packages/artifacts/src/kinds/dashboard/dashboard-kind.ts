import { ArtifactContentError } from "../../errors/artifact-content-error.ts";
import type { ArtifactKindDefinition } from "../artifact-kind-definition.ts";
import { MEGABYTE } from "../artifact-kind-definition.ts";
import { assertMimeAccepted } from "../assert-mime-accepted.ts";
import { parseJson } from "../content-checks.ts";
import { dashboardSpecSchema } from "./dashboard-spec.ts";

/** A Penny dashboard definition, checked against dashboardSpecSchema. */
export const dashboardKind: ArtifactKindDefinition<"dashboard"> = {
  kind: "dashboard",
  mimes: ["application/vnd.penny.dashboard+json"],
  maxBytes: 5 * MEGABYTE,
  validate(bytes, mime) {
    assertMimeAccepted(dashboardKind, mime);
    const result = dashboardSpecSchema.safeParse(parseJson("dashboard", bytes));
    if (!result.success) {
      const problems = result.error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
      throw new ArtifactContentError("dashboard", `The dashboard is not valid: ${problems.join("; ")}.`);
    }
  },
};
