import type { Database } from "@penny/db";
import { AuthError } from "../auth-error.ts";
import { findScimUser } from "./find-scim-user.ts";
import type { ScimAudit } from "./scim-audit.ts";
import type { ScimUserRecord } from "./scim-user-record.ts";
import type { ScimUserInput } from "./scim-user-schema.ts";
import { scimUserState } from "./scim-user-state.ts";
import { updateScimUser } from "./update-scim-user.ts";

/** PUT: replaces a member's attributes with `input` (see `scimUserState` for what absent attributes mean). */
export async function replaceScimUser(
  database: Database,
  options: { tenantId: string; userId: string; input: ScimUserInput; audit: ScimAudit },
): Promise<ScimUserRecord> {
  const current = await findScimUser(database, options);
  if (!current) throw new AuthError("PENNY_NOT_FOUND", "No such user in this tenant.");
  return updateScimUser(database, { ...options, current, state: scimUserState(options.input, current) });
}
