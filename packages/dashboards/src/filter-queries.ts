import { resultRows, type Tx } from "@penny/db";
import { sql } from "drizzle-orm";

/** A business unit of the tenant by id, or undefined. */
export async function findBusinessUnit(tx: Tx, { id }: { id: string }) {
  const result = await tx.execute(sql`select id, name from business_units where id = ${id}`);
  return resultRows<{ id: string; name: string }>(result)[0];
}

/** A project of the tenant by id with its unit, or undefined. */
export async function findProject(tx: Tx, { id }: { id: string }) {
  const result = await tx.execute(
    sql`select id, name, business_unit_id as "businessUnitId" from projects where id = ${id}`,
  );
  return resultRows<{ id: string; name: string; businessUnitId: string }>(result)[0];
}

/** What a dashboard's unit and project filters can be set to: the tenant's business units and projects, by name. */
export interface DashboardFilterOptions {
  businessUnits: { id: string; name: string }[];
  projects: { id: string; name: string; businessUnitId: string }[];
}

export async function listFilterOptions(tx: Tx): Promise<DashboardFilterOptions> {
  const units = await tx.execute(sql`select id, name from business_units order by name`);
  const projects = await tx.execute(
    sql`select id, name, business_unit_id as "businessUnitId" from projects order by name`,
  );
  return {
    businessUnits: resultRows<{ id: string; name: string }>(units),
    projects: resultRows<{ id: string; name: string; businessUnitId: string }>(projects),
  };
}
