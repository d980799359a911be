import type { Database } from "@penny/db";
import { AuthError } from "../auth-error.ts";
import { describeScimIssues } from "./describe-scim-issues.ts";
import { ScimInvalidValueError } from "./errors/scim-invalid-value-error.ts";
import { findScimUser } from "./find-scim-user.ts";
import type { ScimAudit } from "./scim-audit.ts";
import { applyScimPatch, type ScimPatch } from "./scim-patch.ts";
import { PENNY_USER_EXTENSION, SCIM_USER_SCHEMA } from "./scim-urns.ts";
import { type ScimUserRecord, scimUserPatchView } from "./scim-user-record.ts";
import { scimUserInputSchema } from "./scim-user-schema.ts";
import { scimUserState } from "./scim-user-state.ts";
import { updateScimUser } from "./update-scim-user.ts";

/**
 * PATCH: applies the operations to the member's current attributes, then stores the result as a PUT would.
 * Penny keeps one address and one name, so patching `emails` changes `userName` with it, and patching parts of
 * `name` changes the display name, unless the same request sets those directly.
 */
export async function patchScimUser(
  database: Database,
  options: { tenantId: string; userId: string; patch: ScimPatch; audit: ScimAudit },
): Promise<ScimUserRecord> {
  const current = await findScimUser(database, options);
  if (!current) throw new AuthError("PENNY_NOT_FOUND", "No such user in this tenant.");
  const { resource, touched } = applyScimPatch(scimUserPatchView(current), options.patch, {
    core: SCIM_USER_SCHEMA,
    extensions: [PENNY_USER_EXTENSION],
  });
  if (touched.has("emails") && !touched.has("username")) {
    const address = primaryAddress(resource.emails);
    if (address) resource.userName = address;
  }
  if (touched.has("name") && !touched.has("displayname")) {
    const name = nameOf(resource.name, current.name);
    if (name) resource.displayName = name;
  }
  const parsed = scimUserInputSchema.safeParse(resource);
  if (!parsed.success) throw new ScimInvalidValueError(describeScimIssues(parsed.error));
  return updateScimUser(database, { ...options, current, state: scimUserState(parsed.data, current) });
}

function primaryAddress(emails: unknown): string | undefined {
  if (!Array.isArray(emails)) return undefined;
  const values = emails.filter(
    (email): email is { value: string; primary?: unknown } =>
      typeof email?.value === "string" && email.value !== "",
  );
  const primary = values.find(
    (email) => email.primary === true || String(email.primary).toLowerCase() === "true",
  );
  return (primary ?? values[0])?.value;
}

/** A new `name.formatted` wins; otherwise given and family name make the name. */
function nameOf(name: unknown, currentName: string): string | undefined {
  if (typeof name !== "object" || name === null) return undefined;
  const { formatted, givenName, familyName } = name as Record<string, unknown>;
  if (typeof formatted === "string" && formatted.trim() !== "" && formatted !== currentName) return formatted;
  const joined = [givenName, familyName].filter((part) => typeof part === "string" && part.trim()).join(" ");
  return joined || undefined;
}
