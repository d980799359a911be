import { artifactKinds, type Database, schema } from "@penny/db";
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { decodeArtifactCursor, encodeArtifactCursor } from "./artifact-cursor.ts";
import type { ArtifactView } from "./artifact-view.ts";
import { parseInput } from "./parse-input.ts";
import { selectArtifactViews, toArtifactView } from "./select-artifact-views.ts";

export const ARTIFACT_PAGE_SIZE_MAX = 200;

/** A list request as a route receives it in its query string. */
export const artifactListQuerySchema = z.object({
  conversationId: z.uuid().optional(),
  workspaceId: z.uuid().optional(),
  kind: z.enum(artifactKinds).optional(),
  limit: z.coerce.number().int().min(1).max(ARTIFACT_PAGE_SIZE_MAX).default(50),
  cursor: z.string().min(1).max(300).optional(),
});

export interface ArtifactPage {
  /** Each artifact at its latest version, newest artifact first. */
  artifacts: ArtifactView[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

const { artifacts } = schema;

/** One page of a tenant's artifacts, newest first, by keyset (created_at, id): stable while rows are added. */
export async function listArtifacts(
  options: z.input<typeof artifactListQuerySchema> & { database: Database; tenantId: string },
): Promise<ArtifactPage> {
  const input = parseInput(artifactListQuerySchema.extend({ tenantId: z.uuid() }), options);
  const after = input.cursor === undefined ? undefined : decodeArtifactCursor(input.cursor);
  // One more row than asked tells whether another page follows without a count.
  const rows = await options.database.withTenant(input.tenantId, (tx) =>
    selectArtifactViews(tx, {
      tenantId: input.tenantId,
      versions: "latest",
      where: and(
        input.conversationId === undefined ? undefined : eq(artifacts.conversationId, input.conversationId),
        input.workspaceId === undefined ? undefined : eq(artifacts.workspaceId, input.workspaceId),
        input.kind === undefined ? undefined : eq(artifacts.kind, input.kind),
        after === undefined
          ? undefined
          : sql`(${artifacts.createdAt}, ${artifacts.id}) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`,
      ),
    })
      .orderBy(desc(artifacts.createdAt), desc(artifacts.id))
      .limit(input.limit + 1),
  );
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    artifacts: page.map(toArtifactView),
    nextCursor:
      rows.length > input.limit && last
        ? encodeArtifactCursor({ createdAt: last.artifactCreatedAt, id: last.id })
        : null,
  };
}
