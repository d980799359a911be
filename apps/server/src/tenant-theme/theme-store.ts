import { type Database, schema, type Tx } from "@penny/db";
import { and, eq } from "drizzle-orm";
import { storedTokens, type ThemeTokens } from "./theme-tokens.ts";

/** The name of the theme row a tenant's admins edit; the table allows more, the API uses one. */
const THEME_NAME = "default";

/** The tenant's active theme: its tokens and the blob key of its logo (null: Penny's own look). */
export interface ActiveTheme {
  tokens: ThemeTokens;
  logoBlobKey: string | null;
}

const empty: ActiveTheme = { tokens: {}, logoBlobKey: null };

/** The theme marked default for the tenant `tx` is bound to, or Penny's look when there is none. */
export async function readActiveTheme(tx: Tx): Promise<ActiveTheme> {
  const [row] = await tx
    .select({ tokens: schema.themes.tokens, logoBlobKey: schema.themes.logoBlobKey })
    .from(schema.themes)
    .where(eq(schema.themes.isDefault, true))
    .limit(1);
  return row ? { tokens: storedTokens(row.tokens), logoBlobKey: row.logoBlobKey } : empty;
}

/** Writes the tenant's active theme (tokens and/or logo), creating it on first write. */
export async function writeActiveTheme(
  tx: Tx,
  tenantId: string,
  change: { tokens?: ThemeTokens; logoBlobKey?: string | null },
): Promise<ActiveTheme> {
  const current = await readActiveTheme(tx);
  const next: ActiveTheme = {
    tokens: change.tokens ?? current.tokens,
    logoBlobKey: change.logoBlobKey === undefined ? current.logoBlobKey : change.logoBlobKey,
  };
  await tx
    .insert(schema.themes)
    .values({
      tenantId,
      name: THEME_NAME,
      isDefault: true,
      tokens: storable(next.tokens),
      logoBlobKey: next.logoBlobKey,
    })
    .onConflictDoUpdate({
      target: [schema.themes.tenantId, schema.themes.name],
      set: { tokens: storable(next.tokens), logoBlobKey: next.logoBlobKey, isDefault: true },
    });
  return next;
}

/** Back to Penny's own look: the tenant's theme rows are removed (the logo's blob stays, content-addressed). */
export async function deleteThemes(tx: Tx, tenantId: string): Promise<void> {
  await tx.delete(schema.themes).where(eq(schema.themes.tenantId, tenantId));
}

/** The column holds string values; numbers (the radius) are written as their decimal text. */
const storable = (tokens: ThemeTokens): Record<string, string> =>
  Object.fromEntries(Object.entries(tokens).map(([key, value]) => [key, String(value)]));

/** The id of the active tenant with this slug, or null (read across tenants: only for public pages). */
export async function activeTenantId(database: Database, slug: string): Promise<string | null> {
  const [tenant] = await database.withPlatform((tx) =>
    tx
      .select({ id: schema.tenants.id })
      .from(schema.tenants)
      .where(and(eq(schema.tenants.slug, slug), eq(schema.tenants.status, "active"))),
  );
  return tenant?.id ?? null;
}
