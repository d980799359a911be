import { type Database, schema } from "@penny/db";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { ArtifactView } from "./artifact-view.ts";
import { ArtifactNotFoundError } from "./errors/artifact-not-found-error.ts";
import { parseInput } from "./parse-input.ts";
import { selectArtifactViews, toArtifactView } from "./select-artifact-views.ts";

const listArtifactVersionsInputSchema = z.object({ tenantId: z.uuid(), artifactId: z.string() });

/** Every version of an artifact, oldest first; ArtifactNotFoundError when it is not this tenant's. */
export async function listArtifactVersions(
  options: z.input<typeof listArtifactVersionsInputSchema> & { database: Database },
): Promise<ArtifactView[]> {
  const input = parseInput(listArtifactVersionsInputSchema, options);
  if (!z.uuid().safeParse(input.artifactId).success) throw new ArtifactNotFoundError(input.artifactId);
  const { artifacts, artifactVersions } = schema;
  const rows = await options.database.withTenant(input.tenantId, (tx) =>
    selectArtifactViews(tx, {
      tenantId: input.tenantId,
      versions: "all",
      where: eq(artifacts.id, input.artifactId),
    }).orderBy(asc(artifactVersions.version)),
  );
  if (rows.length === 0) throw new ArtifactNotFoundError(input.artifactId);
  return rows.map(toArtifactView);
}
