import type { Me } from "../api/types.ts";

/** What POST /v1/invites/:token/accept answers. */
export interface AcceptedInvite {
  userId: string;
  tenantId: string;
  role: NonNullable<Me["role"]>;
  createdUser: boolean;
}

/** The path of an invitation's page, as the invitation mail links it. */
export const invitePath = (token: string) => `/invite/${encodeURIComponent(token)}`;
