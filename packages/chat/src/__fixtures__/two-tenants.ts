import { type Database, schema } from "@penny/db";

/** Two tenants and a few users (without memberships), for store tests that prove what each one sees. */
export async function seedTwoTenants<TName extends string>(
  database: Database,
  label: string,
  names: readonly TName[],
): Promise<{ acme: string; globex: string; users: Record<TName, string> }> {
  return database.withPlatform(async (tx) => {
    const [acme, globex] = await tx
      .insert(schema.tenants)
      .values([
        { slug: `${label}-acme`, name: "Acme" },
        { slug: `${label}-globex`, name: "Globex" },
      ])
      .returning({ id: schema.tenants.id });
    const rows = await tx
      .insert(schema.users)
      .values(names.map((name) => ({ email: `${name}@${label}.test`, name })))
      .returning({ id: schema.users.id });
    const users = Object.fromEntries(names.map((name, index) => [name, rows[index]?.id])) as Record<
      TName,
      string
    >;
    return { acme: acme?.id as string, globex: globex?.id as string, users };
  });
}
