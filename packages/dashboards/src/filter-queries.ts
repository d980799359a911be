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
