import { createApiKey, createSession, hashPassword, permissionsOf } from "@penny/auth";
import { loadConfig } from "@penny/config";
import { type Database, migrate, schema } from "@penny/db";
import { buildApp, createLogger } from "@penny/server";

export interface AuthCost {
  /** Requests per second to a public route with a static answer (the baseline). */
  anonymous: number;
  /** The same kind of static answer behind authentication, with a session cookie and with an API key. */
  session: number;
  apiKey: number;
}

/**
 * Per-request cost of authentication through the whole HTTP stack (in-process `inject`, so no socket noise):
 * GET /healthz needs no caller; GET /v1/permissions returns an equally static body but resolves the caller first.
 */
export async function measureAuthCost(database: Database, count: number): Promise<AuthCost> {
  await migrate(database);
  const { userId, tenantId } = await database.withPlatform(async (tx) => {
    const [tenant] = await tx
      .insert(schema.tenants)
      .values({ slug: `auth-bench-${crypto.randomUUID()}`, name: "Bench" })
      .returning();
    const [user] = await tx
      .insert(schema.users)
      .values({
        email: `${crypto.randomUUID()}@bench.test`,
        name: "Bench",
        passwordHash: await hashPassword("bench-password"),
      })
      .returning();
    await tx
      .insert(schema.memberships)
      .values({ tenantId: tenant?.id as string, userId: user?.id as string, role: "admin" });
    return { userId: user?.id as string, tenantId: tenant?.id as string };
  });
  const app = buildApp({
    config: loadConfig({ LOG_LEVEL: "silent" }),
    database,
    logger: createLogger({ level: "silent" }),
    masterKey: Buffer.alloc(32, 3),
  });
  await app.ready();
  try {
    const { token } = await createSession(database, { userId, tenantId });
    const { secret } = await createApiKey(database, {
      tenantId,
      creatorId: userId,
      creatorPermissions: permissionsOf("admin"),
      kind: "personal",
      name: "bench",
      scopes: ["members:read"],
    });
    const rate = async (url: string, headers: Record<string, string>) => {
      for (let index = 0; index < 50; index++) await app.inject({ method: "GET", url, headers });
      const started = process.hrtime.bigint();
      for (let index = 0; index < count; index++) {
        const response = await app.inject({ method: "GET", url, headers });
        if (response.statusCode !== 200)
          throw new Error(`${url} answered ${response.statusCode}: ${response.body}`);
      }
      return count / (Number(process.hrtime.bigint() - started) / 1e9);
    };
    return {
      anonymous: await rate("/healthz", {}),
      session: await rate("/v1/permissions", { cookie: `penny_session=${token}` }),
      apiKey: await rate("/v1/permissions", { authorization: `Bearer ${secret}` }),
    };
  } finally {
    await app.close();
  }
}
