import { type MemberRole, schema, type Tx } from "@penny/db";
import { eq } from "drizzle-orm";
import { scimMeta } from "./scim-resource-meta.ts";
import { PENNY_USER_EXTENSION, SCIM_USER_SCHEMA } from "./scim-urns.ts";
import type { ScimUserResource } from "./scim-user-schema.ts";

/** A member as SCIM sees them: the account and its membership in the tenant. The SCIM id is the user id. */
export interface ScimUserRecord {
  id: string;
  email: string;
  name: string;
  externalId: string | null;
  active: boolean;
  role: MemberRole;
  createdAt: Date;
}

const { memberships, users } = schema;

/**
 * The members of the transaction's tenant with their accounts, as SCIM records. Row-level security limits both
 * tables to the tenant (`users` shows only its members), so this must run inside `withTenant`.
 */
export function selectScimUsers(tx: Tx) {
  return tx
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      externalId: memberships.externalId,
      status: memberships.status,
      role: memberships.role,
      createdAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .$dynamic();
}

type SelectedUser = Awaited<ReturnType<typeof selectScimUsers>>[number];

export function toScimUserRecord(row: SelectedUser): ScimUserRecord {
  const { status, ...rest } = row;
  return { ...rest, active: status === "active" };
}

/** The User resource of a record; `baseUrl` is where Penny is reached, for `meta.location`. */
export function scimUserResource(record: ScimUserRecord, baseUrl: string): ScimUserResource {
  return {
    schemas: [SCIM_USER_SCHEMA, PENNY_USER_EXTENSION],
    id: record.id,
    ...(record.externalId === null ? {} : { externalId: record.externalId }),
    userName: record.email,
    displayName: record.name,
    name: { formatted: record.name },
    emails: [{ value: record.email, type: "work", primary: true }],
    active: record.active,
    [PENNY_USER_EXTENSION]: { role: record.role },
    meta: scimMeta("User", record.createdAt, `${baseUrl}/scim/v2/Users/${record.id}`),
  };
}

/**
 * The record as a PATCH works on it: every attribute present (null when unset) under its canonical name. Penny
 * keeps one name, so given and family name are its first word and the rest, enough to patch either one.
 */
export function scimUserPatchView(record: ScimUserRecord): Record<string, unknown> {
  const [givenName, ...familyName] = record.name.split(/\s+/);
  return {
    schemas: [SCIM_USER_SCHEMA, PENNY_USER_EXTENSION],
    userName: record.email,
    externalId: record.externalId,
    displayName: record.name,
    name: { formatted: record.name, givenName: givenName ?? null, familyName: familyName.join(" ") || null },
    emails: [{ value: record.email, type: "work", primary: true }],
    active: record.active,
    [PENNY_USER_EXTENSION]: { role: record.role },
  };
}
