import type { Me } from "../api/types.ts";
import type { IconName } from "../app/icons.tsx";

/** The console's sections, in the order the home page and the side navigation list them. */
export const adminSections = [
  { id: "members", icon: "user", anyOf: ["members:manage", "invites:manage"] },
  { id: "groups", icon: "copy", anyOf: ["groups:manage"] },
  { id: "sign-in", icon: "user", anyOf: ["identity_providers:manage"] },
  { id: "two-factor", icon: "shield", anyOf: ["policies:manage"] },
  { id: "models", icon: "tool", anyOf: ["models:manage"] },
  { id: "integrations", icon: "refresh", anyOf: ["integrations:manage"] },
  { id: "datasources", icon: "table", anyOf: ["datasources:manage"] },
  { id: "grants", icon: "shield", anyOf: ["grants:manage"] },
  { id: "instructions", icon: "document", anyOf: ["policies:manage"] },
  { id: "audit", icon: "table", anyOf: ["audit:read"] },
  { id: "themes", icon: "pencil", anyOf: ["tenant:manage"] },
] as const satisfies readonly { id: string; icon: IconName; anyOf: readonly string[] }[];

export type AdminSectionId = (typeof adminSections)[number]["id"];

/** The sections the caller's permissions open; none means the console is not for them. */
export function sectionsFor(me: Me) {
  return adminSections.filter((section) =>
    section.anyOf.some((permission) => me.permissions.includes(permission)),
  );
}

/** Whether the caller may open the console at all (admins and managers). */
export const canUseConsole = (me: Me) => sectionsFor(me).length > 0;

/** The path of the console's home or one of its sections. */
export const adminPath = (section?: AdminSectionId) => (section ? `/admin/${section}` : "/admin");
