import type { Database } from "@penny/db";
import { schema } from "@penny/db";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { ArtifactView } from "./artifact-view.ts";
import { ArtifactNotFoundError } from "./errors/artifact-not-found-error.ts";
import { parseInput } from "./parse-input.ts";
import { selectArtifactViews, toArtifactView } from "./select-artifact-views.ts";

const getArtifactInputSchema = z.object({
  tenantId: z.uuid(),
  artifactId: z.string(),
  /** Absent: the latest version. */
  version: z.number().int().min(1).optional(),
});

/** One artifact at a version (the latest by default); ArtifactNotFoundError when it is not this tenant's. */
export async function getArtifact(
  options: z.input<typeof getArtifactInputSchema> & { database: Database },
): Promise<ArtifactView> {
  const input = parseInput(getArtifactInputSchema, options);
  // An id that is not a uuid cannot exist; answering "not found" keeps ids opaque to callers.
  if (!z.uuid().safeParse(input.artifactId).success) throw new ArtifactNotFoundError(input.artifactId);
  const { artifacts, artifactVersions } = schema;
  const [row] = await options.database.withTenant(input.tenantId, (tx) =>
    selectArtifactViews(tx, {
      tenantId: input.tenantId,
      versions: input.version === undefined ? "latest" : "all",
      where: and(
        eq(artifacts.id, input.artifactId),
        input.version === undefined ? undefined : eq(artifactVersions.version, input.version),
      ),
    }),
  );
  if (!row) throw new ArtifactNotFoundError(input.artifactId, input.version);
  return toArtifactView(row);
}
