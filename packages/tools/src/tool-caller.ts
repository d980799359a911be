import type { MemberRole } from "@penny/db";

/**
 * Who asks for a tool: the tenant, the member (null for a service key), their role (null when there is none) and
 * the permissions the request carries (a role's, or an API key's scopes within it).
 */
export interface ToolCaller {
  tenantId: string;
  userId: string | null;
  role: MemberRole | null;
  permissions: ReadonlySet<string>;
}
