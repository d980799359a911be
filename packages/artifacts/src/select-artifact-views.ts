import { type ArtifactKind, schema, type Tx } from "@penny/db";
import { and, eq, type SQL, sql } from "drizzle-orm";
import { readLineage } from "./artifact-lineage.ts";
import type { ArtifactView } from "./artifact-view.ts";

const { artifacts, artifactVersions } = schema;

const artifactViewColumns = {
  id: artifacts.id,
  kind: artifacts.kind,
  title: artifacts.title,
  /**
   * The artifact's creation time exactly as PostgreSQL prints it: a JS Date keeps milliseconds, PostgreSQL
   * microseconds, and a page cursor rounded to the millisecond would skip or repeat rows.
   */
  artifactCreatedAt: sql<string>`to_json(${artifacts.createdAt}) #>> '{}'`,
  version: artifactVersions.version,
  mime: artifactVersions.mime,
  contentHash: artifactVersions.contentHash,
  sizeBytes: artifactVersions.sizeBytes,
  lineage: artifactVersions.lineage,
  versionCreatedAt: artifactVersions.createdAt,
};

/** One artifact joined with one of its versions. */
export interface ArtifactViewRow {
  id: string;
  kind: ArtifactKind;
  title: string;
  version: number;
  mime: string;
  contentHash: string;
  sizeBytes: number;
  lineage: Record<string, unknown>;
  versionCreatedAt: Date;
}

/**
 * A tenant's artifacts joined to their versions and filtered by `where`; `versions: "latest"` keeps only the
 * latest version of each. Callers add ordering and limits.
 */
export function selectArtifactViews(
  tx: Tx,
  options: { tenantId: string; versions: "latest" | "all"; where?: SQL | undefined },
) {
  return tx
    .select(artifactViewColumns)
    .from(artifacts)
    .innerJoin(
      artifactVersions,
      and(
        eq(artifactVersions.tenantId, artifacts.tenantId),
        eq(artifactVersions.artifactId, artifacts.id),
        options.versions === "latest" ? eq(artifactVersions.version, artifacts.latestVersion) : undefined,
      ),
    )
    .where(and(eq(artifacts.tenantId, options.tenantId), options.where))
    .$dynamic();
}

/** The API view of one joined row. */
export function toArtifactView(row: ArtifactViewRow): ArtifactView {
  return {
    id: row.id,
    version: row.version,
    kind: row.kind,
    mime: row.mime,
    title: row.title,
    contentHash: row.contentHash,
    size: row.sizeBytes,
    createdAt: row.versionCreatedAt.toISOString(),
    lineage: readLineage(row.lineage),
  };
}
