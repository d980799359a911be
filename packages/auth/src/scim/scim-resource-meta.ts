import { z } from "zod";

/** The `meta` attribute of every resource (RFC 7643 §3.1). */
export const scimMetaSchema = z.object({
  resourceType: z.string(),
  created: z.iso.datetime(),
  lastModified: z.iso.datetime(),
  location: z.string(),
});

export type ScimMeta = z.infer<typeof scimMetaSchema>;

/**
 * `meta` for a resource created at `createdAt`. Penny keeps no modification time for members and groups, so
 * `lastModified` is the creation time (RFC 7643 allows it to equal `created`); the audit log has every change.
 */
export function scimMeta(resourceType: string, createdAt: Date, location: string): ScimMeta {
  const created = createdAt.toISOString();
  return { resourceType, created, lastModified: created, location };
}
