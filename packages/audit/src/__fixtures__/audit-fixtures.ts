import { randomUUID } from "node:crypto";
import { type Database, resultRows, schema } from "@penny/db";
import type { SQL } from "drizzle-orm";
import type { AuditEventInput } from "../audit-event-input.ts";
import type { AuditEvent } from "../audit-hash.ts";
import { recordAudit } from "../record-audit.ts";

/** A new tenant with a unique slug; returns its id. */
export async function createTenant(database: Database, name = "Tenant"): Promise<string> {
  const slug = `t-${randomUUID().slice(0, 8)}`;
  const [tenant] = await database.withPlatform((tx) =>
    tx.insert(schema.tenants).values({ slug, name }).returning(),
  );
  if (!tenant) throw new Error("no tenant row returned");
  return tenant.id;
}

/** Records `count` events one after another, each in its own `withTenant` transaction. */
export async function recordEvents(
  database: Database,
  tenantId: string,
  count: number,
  event: (index: number) => Partial<AuditEventInput> = () => ({}),
): Promise<AuditEvent[]> {
  const recorded: AuditEvent[] = [];
  for (let index = 0; index < count; index++) {
    recorded.push(
      await database.withTenant(tenantId, (tx) =>
        recordAudit(tx, {
          tenantId,
          actor: { type: "user", id: "user-1" },
          action: "document.update",
          target: `document:${index + 1}`,
          data: { index },
          ...event(index),
        }),
      ),
    );
  }
  return recorded;
}

/** Runs SQL as the connection's own superuser role, past row-level security and grants: how an intruder with
 * database access would edit the log. */
export async function tamper(database: Database, statement: SQL): Promise<void> {
  await database.withSession((db) => db.execute(statement));
}

/** Rows read as the superuser, so a test sees what is really stored. */
export async function storedRows(database: Database, statement: SQL): Promise<Record<string, unknown>[]> {
  return database.withSession(async (db) => resultRows(await db.execute(statement)));
}
