import { artifactKinds } from "@penny/db";
import { z } from "zod";
import { artifactLineageSchema } from "./artifact-lineage.ts";

/** An artifact at one version, as the API shows it. Routes use this schema as their response schema. */
export const artifactViewSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  kind: z.enum(artifactKinds),
  mime: z.string(),
  title: z.string(),
  contentHash: z.string(),
  size: z.number().int().min(0),
  /** When this version was made (ISO 8601). */
  createdAt: z.string(),
  lineage: artifactLineageSchema,
});

export type ArtifactView = z.infer<typeof artifactViewSchema>;
