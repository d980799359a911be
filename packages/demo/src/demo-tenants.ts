import type { schema } from "@penny/db";
import { acmePlan, type CompanyPlan } from "./company-plan.ts";

export interface DemoMember {
  email: string;
  name: string;
  role: schema.MemberRole;
  /** May create tenants (POST /v1/tenants); the demo's first admin is one, so the whole API can be tried. */
  platformAdmin?: boolean;
}

export interface DemoTenant {
  slug: string;
  name: string;
  members: readonly DemoMember[];
  /** The sample company loaded into this tenant; none for a tenant that only shows isolation. */
  company?: CompanyPlan;
}

/**
 * The tenants a fresh install shows: Acme with its sample company and one user per role, and an empty Globex that
 * proves one tenant never sees another's data. The first one marks the demo as seeded.
 */
export const demoTenants: readonly [DemoTenant, ...DemoTenant[]] = [
  {
    slug: "acme",
    name: "Acme Robotics",
    company: acmePlan,
    members: [
      { email: "admin@acme.test", name: "Alex Morgan", role: "admin", platformAdmin: true },
      { email: "maria@acme.test", name: "María García", role: "manager" },
      { email: "dev@acme.test", name: "Dev Patel", role: "creator" },
      { email: "viewer@acme.test", name: "Vera Lindqvist", role: "viewer" },
    ],
  },
  {
    slug: "globex",
    name: "Globex Corporation",
    members: [{ email: "admin@globex.test", name: "Grace Okafor", role: "admin" }],
  },
];
