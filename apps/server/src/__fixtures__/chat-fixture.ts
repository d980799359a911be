import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createFsBlobStore } from "@penny/artifacts";
import { type MemberRole, schema } from "@penny/db";
import { seedDemo } from "@penny/demo";
import { and, eq } from "drizzle-orm";
import type { EngineOptions } from "../plugins/engine.ts";
import type { FixtureUser } from "./identity-fixture.ts";
import { sessionHeaders } from "./identity-fixture.ts";
import { openTestApp, type TestApp } from "./test-app.ts";

/** The day the demo company's history ends in chat tests, so KPI windows and figures are fixed. */
export const CHAT_TEST_TODAY = new Date("2026-11-20T12:00:00Z");

export interface ChatTestApp extends TestApp {
  acme: { id: string };
  globex: { id: string };
  /** Acme's members by role (admin, manager, creator, viewer) and Globex's admin. */
  users: Record<MemberRole | "globexAdmin", FixtureUser>;
  headersFor(user: FixtureUser): Promise<Record<string, string>>;
  blobDir: string;
}

/** A real app with the demo tenants seeded (fixed history), an artifact store in a temp folder and fixed "today". */
export async function openChatTestApp(options: { engine?: EngineOptions } = {}): Promise<ChatTestApp> {
  const blobDir = await mkdtemp(path.join(tmpdir(), "penny-blobs-"));
  const testApp = await openTestApp({
    engine: {
      blobStore: createFsBlobStore(blobDir),
      now: () => CHAT_TEST_TODAY,
      heartbeatMs: 1_000,
      ...options.engine,
    },
  });
  await seedDemo(testApp.database, { password: "penny-demo", today: CHAT_TEST_TODAY });
  const member = async (slug: string, email: string): Promise<FixtureUser> =>
    testApp.database.withPlatform(async (tx) => {
      const [row] = await tx
        .select({ id: schema.users.id, role: schema.memberships.role, tenantId: schema.tenants.id })
        .from(schema.users)
        .innerJoin(schema.memberships, eq(schema.memberships.userId, schema.users.id))
        .innerJoin(schema.tenants, eq(schema.tenants.id, schema.memberships.tenantId))
        .where(and(eq(schema.users.email, email), eq(schema.tenants.slug, slug)));
      if (!row) throw new Error(`demo member ${email} missing`);
      return { id: row.id, email, role: row.role, tenantId: row.tenantId };
    });
  const users = {
    admin: await member("acme", "admin@acme.test"),
    manager: await member("acme", "maria@acme.test"),
    creator: await member("acme", "dev@acme.test"),
    viewer: await member("acme", "viewer@acme.test"),
    globexAdmin: await member("globex", "admin@globex.test"),
  };
  return {
    ...testApp,
    acme: { id: users.admin.tenantId },
    globex: { id: users.globexAdmin.tenantId },
    users,
    blobDir,
    headersFor: (user) => sessionHeaders(testApp.app, user),
    dispose: async () => {
      await testApp.dispose();
      await rm(blobDir, { recursive: true, force: true });
    },
  };
}

/** One server-sent event as a test reads it. */
export interface SseEvent {
  id: number | null;
  data: string;
}

/** Splits an SSE body into events (comments and blank lines dropped). */
export function parseSse(body: string): SseEvent[] {
  const events: SseEvent[] = [];
  for (const block of body.split("\n\n")) {
    let id: number | null = null;
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("id: ")) id = Number(line.slice(4));
      else if (line.startsWith("data: ")) data.push(line.slice(6));
    }
    if (data.length > 0) events.push({ id, data: data.join("\n") });
  }
  return events;
}

/** The JSON chunks of an SSE body, without the closing [DONE]. */
export function chunksOf(body: string): { seq: number; chunk: { type: string } & Record<string, unknown> }[] {
  return parseSse(body)
    .filter((event) => event.data !== "[DONE]")
    .map((event) => ({ seq: event.id ?? -1, chunk: JSON.parse(event.data) }));
}
