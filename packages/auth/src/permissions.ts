import { type MemberRole, memberRoles } from "@penny/db";

/**
 * The permission matrix: for each resource, each action and the roles allowed to do it. The one place that says
 * what a role may do; routes name a permission, the UI reads the matrix from GET /v1/permissions, API key scopes
 * are drawn from it.
 */
export const permissionMatrix = {
  tenant: { read: ["admin", "manager", "creator", "viewer"], manage: ["admin"] },
  members: { read: ["admin", "manager", "creator", "viewer"], manage: ["admin"] },
  invites: { manage: ["admin", "manager"] },
  groups: { manage: ["admin", "manager"] },
  grants: { manage: ["admin"] },
  identity_providers: { manage: ["admin"] },
  policies: { manage: ["admin"] },
  audit: { read: ["admin", "manager"] },
  api_keys: { manage_own: ["admin", "manager", "creator", "viewer"] },
  service_keys: { manage: ["admin"] },
  conversations: { use: ["admin", "manager", "creator", "viewer"] },
  artifacts: { create: ["admin", "manager", "creator"] },
  dashboards: { view: ["admin", "manager", "creator", "viewer"], edit: ["admin", "manager", "creator"] },
  tools: { use: ["admin", "manager", "creator"] },
  knowledge: {
    read: ["admin", "manager", "creator", "viewer"],
    upload: ["admin", "manager", "creator"],
    manage: ["admin", "manager"],
  },
  datasources: { manage: ["admin", "manager"] },
  plugins: { manage: ["admin"] },
  integrations: { manage: ["admin"] },
  models: { manage: ["admin"] },
} as const satisfies Record<string, Record<string, readonly MemberRole[]>>;

type Matrix = typeof permissionMatrix;
/** A permission is `resource:action`, e.g. `members:manage`; also the vocabulary of API key scopes. */
export type Permission = { [R in keyof Matrix]: `${R & string}:${keyof Matrix[R] & string}` }[keyof Matrix];

export const allPermissions = Object.entries(permissionMatrix).flatMap(([resource, actions]) =>
  Object.keys(actions).map((action) => `${resource}:${action}` as Permission),
);

/** Every permission `role` holds. */
export function permissionsOf(role: MemberRole): Permission[] {
  return Object.entries(permissionMatrix).flatMap(([resource, actions]) =>
    Object.entries(actions as Record<string, readonly MemberRole[]>)
      .filter(([, roles]) => roles.includes(role))
      .map(([action]) => `${resource}:${action}` as Permission),
  );
}

export function isPermission(value: string): value is Permission {
  return (allPermissions as string[]).includes(value);
}

/** Rank of a role, strongest first; a member may only hand out roles at or below its own. */
export function roleRank(role: MemberRole): number {
  return memberRoles.indexOf(role);
}

export function canAssignRole(assigner: MemberRole, role: MemberRole): boolean {
  return roleRank(role) >= roleRank(assigner);
}
