import { type Database, schema, type Tx } from "@penny/db";
import { and, eq, ne } from "drizzle-orm";
import { AuthError } from "../auth-error.ts";
import { isUniqueViolation } from "../oidc/unique-violation.ts";
import { groupNameTaken } from "./create-scim-group.ts";
import { describeScimIssues } from "./describe-scim-issues.ts";
import { ScimInvalidValueError } from "./errors/scim-invalid-value-error.ts";
import { ScimUniquenessError } from "./errors/scim-uniqueness-error.ts";
import { findScimGroupIn } from "./find-scim-group.ts";
import type { ScimAudit } from "./scim-audit.ts";
import { checkedMemberIds, syncGroupMembers } from "./scim-group-members.ts";
import { type ScimGroupRecord, scimGroupPatchView } from "./scim-group-record.ts";
import { type ScimGroupInput, scimGroupInputSchema } from "./scim-group-schema.ts";
import { applyScimPatch, type ScimPatch } from "./scim-patch.ts";
import { SCIM_GROUP_SCHEMA } from "./scim-urns.ts";

/** PUT: replaces a group's name, `externalId` and members. */
export async function replaceScimGroup(
  database: Database,
  options: { tenantId: string; groupId: string; input: ScimGroupInput; audit: ScimAudit },
): Promise<ScimGroupRecord> {
  return inGroupTransaction(database, options, async (tx, current) => {
    await writeGroup(tx, { ...options, current, input: options.input });
  });
}

/**
 * PATCH: applies the operations (typically `add` or `remove` of `members`, or a new `displayName`) to the group as
 * it is, and stores the result, all in one transaction holding the group's row lock.
 */
export async function patchScimGroup(
  database: Database,
  options: { tenantId: string; groupId: string; patch: ScimPatch; audit: ScimAudit },
): Promise<ScimGroupRecord> {
  return inGroupTransaction(database, options, async (tx, current) => {
    const { resource } = applyScimPatch(scimGroupPatchView(current), options.patch, {
      core: SCIM_GROUP_SCHEMA,
      extensions: [],
    });
    const parsed = scimGroupInputSchema.safeParse(resource);
    if (!parsed.success) throw new ScimInvalidValueError(describeScimIssues(parsed.error));
    await writeGroup(tx, { ...options, current, input: parsed.data });
  });
}

async function inGroupTransaction(
  database: Database,
  options: { tenantId: string; groupId: string },
  work: (tx: Tx, current: ScimGroupRecord) => Promise<void>,
): Promise<ScimGroupRecord> {
  try {
    return await database.withTenant(options.tenantId, async (tx) => {
      const current = await findScimGroupIn(tx, options.groupId, { includeMembers: true, forUpdate: true });
      if (!current) throw new AuthError("PENNY_NOT_FOUND", "No such group in this tenant.");
      await work(tx, current);
      const updated = await findScimGroupIn(tx, options.groupId, { includeMembers: true });
      if (!updated) throw new Error(`The group ${options.groupId} vanished while it was updated`);
      return updated;
    });
  } catch (error) {
    // Another request took the name between the check in writeGroup and the update.
    if (isUniqueViolation(error)) throw new ScimUniquenessError("Another group already has that name.");
    throw error;
  }
}

async function writeGroup(
  tx: Tx,
  options: { tenantId: string; current: ScimGroupRecord; input: ScimGroupInput; audit: ScimAudit },
): Promise<void> {
  const { current, input } = options;
  const wanted = await checkedMemberIds(tx, input.members);
  const externalId = input.externalId ?? null;
  const changed = [
    ...(input.displayName !== current.name ? ["displayName"] : []),
    ...(externalId !== current.externalId ? ["externalId"] : []),
  ];
  if (changed.includes("displayName")) {
    const [taken] = await tx
      .select({ id: schema.groups.id })
      .from(schema.groups)
      .where(and(eq(schema.groups.name, input.displayName), ne(schema.groups.id, current.id)));
    if (taken) throw groupNameTaken(input.displayName);
  }
  if (changed.length > 0) {
    await tx
      .update(schema.groups)
      .set({ name: input.displayName, externalId })
      .where(eq(schema.groups.id, current.id));
  }
  const { added, removed } = await syncGroupMembers(tx, {
    tenantId: options.tenantId,
    groupId: current.id,
    current: (current.members ?? []).map((member) => member.userId),
    wanted,
  });
  if (changed.length === 0 && added.length === 0 && removed.length === 0) return;
  await options.audit(tx, {
    action: "scim.group.update",
    target: `group:${current.id}`,
    data: { changed, displayName: input.displayName, membersAdded: added, membersRemoved: removed },
  });
}
