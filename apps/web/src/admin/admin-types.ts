/**
 * The parts of the admin API's responses the console reads (see /v1/openapi.json). Kept minimal, like
 * `api/types.ts`: fields the console does not use are left out.
 */
import type { Me } from "../api/types.ts";

export type MemberRole = NonNullable<Me["role"]>;

/** Strongest first, as the server ranks them: a member may hand out only roles at or below its own. */
export const memberRoles = ["admin", "manager", "creator", "viewer"] as const satisfies readonly MemberRole[];

/** The roles `role` may give (its own and weaker ones). */
export function assignableRoles(role: MemberRole | null): MemberRole[] {
  if (!role) return [];
  return memberRoles.slice(memberRoles.indexOf(role));
}

export interface Member {
  userId: string;
  email: string;
  name: string;
  role: MemberRole;
  status: "active" | "suspended";
  joinedAt: string;
}

export interface Group {
  id: string;
  name: string;
  description: string | null;
  externalId: string | null;
  memberCount: number;
}

export interface SignInProvider {
  id: string;
  kind: "oidc" | "google" | "entra" | "github";
  name: string;
  issuer: string | null;
  clientId: string;
  jitProvisioning: boolean;
  defaultRole: MemberRole;
  allowedDomains: string[];
  enabled: boolean;
  hasClientSecret: boolean;
}

export interface Invite {
  id: string;
  email: string;
  role: MemberRole;
  status: "pending" | "accepted" | "revoked" | "expired";
  createdAt: string;
  expiresAt: string;
}

export interface ProviderModel {
  id: string;
  label?: string;
  size: "small" | "large";
  local: boolean;
  inputCostPerMillion?: number;
  outputCostPerMillion?: number;
}

export interface ModelProvider {
  id: string;
  name: string;
  kind: string;
  baseUrl: string | null;
  models: ProviderModel[];
  enabled: boolean;
  priority: number;
  hasApiKey: boolean;
}

export interface ModelPolicy {
  defaultModel?: string;
  externalAllowed: boolean;
}

export interface SystemPrompt {
  text: string;
  updatedAt: string | null;
}

export interface PromptTemplate {
  id: string;
  name: string;
  description: string;
  body: string;
  variables: { name: string; description?: string }[];
  updatedAt: string;
}

export interface PrivacyPolicy {
  redactInput: { enabled: boolean; kinds: string[] };
  filterOutput: { enabled: boolean; kinds: string[] };
}

export interface AuditEvent {
  id: string;
  seq: number;
  createdAt: string;
  actorType: string;
  actorId: string | null;
  action: string;
  target: string | null;
  outcome: string;
  data: Record<string, unknown>;
  payloadHash: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  count: number;
  broken?: { seq: number; eventId: string; reason: string };
}

export interface IntegrationConnection {
  config: Record<string, unknown>;
  lastTestedAt: string | null;
  lastTestOk: boolean | null;
  lastTestMessage: string | null;
}

/** An integration Penny offers, with the JSON Schemas of its settings and credentials and this tenant's connection. */
export interface Integration {
  id: string;
  name: string;
  description: string;
  configSchema: Record<string, unknown>;
  credentialsSchema: Record<string, unknown>;
  tools: { name: string; sideEffect: boolean }[];
  connection: IntegrationConnection | null;
}

export interface Grant {
  id: string;
  subjectType: "role" | "group" | "user";
  subjectId: string;
  resourceType: "tool" | "datasource";
  resourceId: string;
  effect: "allow" | "deny";
  createdAt: string;
}
