import { type Database, schema } from "@penny/db";
import { eq } from "drizzle-orm";

/** Sets the name a person is shown by, everywhere they are a member. The caller has validated and trimmed it. */
export async function updateProfile(
  database: Database,
  options: { userId: string; name: string },
): Promise<{ name: string }> {
  const [updated] = await database.withPlatform((tx) =>
    tx
      .update(schema.users)
      .set({ name: options.name })
      .where(eq(schema.users.id, options.userId))
      .returning({ name: schema.users.name }),
  );
  if (!updated) throw new Error(`user ${options.userId} vanished while renaming`);
  return updated;
}
