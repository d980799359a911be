import type { MemberRole } from "@penny/db";
import { PENNY_USER_EXTENSION } from "./scim-urns.ts";
import type { ScimUserRecord } from "./scim-user-record.ts";
import type { ScimUserInput } from "./scim-user-schema.ts";

/** What Penny keeps of a SCIM User: the account's address and name, and the membership's fields. */
export interface ScimUserState {
  email: string;
  name: string;
  externalId: string | null;
  active: boolean;
  role: MemberRole;
}

/**
 * The state a User body asks for. `userName` is the address; the name is `displayName`, else `name.formatted`,
 * else given and family name. `active` and the role keep their current values when absent, so a directory that
 * does not send them never suspends or demotes anyone by omission; `externalId` follows PUT and is cleared.
 */
export function scimUserState(input: ScimUserInput, current?: ScimUserRecord): ScimUserState {
  const joined = [input.name?.givenName, input.name?.familyName].filter(Boolean).join(" ");
  const name =
    input.displayName ||
    input.name?.formatted ||
    joined ||
    current?.name ||
    input.userName.split("@")[0] ||
    "";
  return {
    email: input.userName,
    name,
    externalId: input.externalId ?? null,
    active: input.active ?? current?.active ?? true,
    role: input[PENNY_USER_EXTENSION]?.role ?? current?.role ?? "viewer",
  };
}
