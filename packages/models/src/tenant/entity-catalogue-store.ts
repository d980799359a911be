import { schema, type Tx } from "@penny/db";
import { and, asc, eq } from "drizzle-orm";
import type { EntityCatalogue } from "../builtin/entity-catalogue.ts";

/** What the built-in model may name in tool arguments: the tenant's units, projects and active members. */
export async function loadEntityCatalogue(tx: Tx): Promise<EntityCatalogue> {
  const businessUnits = await tx
    .select({ id: schema.businessUnits.id, name: schema.businessUnits.name })
    .from(schema.businessUnits)
    .orderBy(asc(schema.businessUnits.name));
  const projects = await tx
    .select({
      id: schema.projects.id,
      name: schema.projects.name,
      businessUnitId: schema.projects.businessUnitId,
    })
    .from(schema.projects)
    .orderBy(asc(schema.projects.name));
  const people = await tx
    .select({ name: schema.users.name, email: schema.users.email })
    .from(schema.memberships)
    .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
    .where(and(eq(schema.memberships.status, "active"), eq(schema.users.status, "active")));
  return { businessUnits, projects, people };
}
