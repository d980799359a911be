import { loadConfig } from "@penny/config";
import { type MigrationReport, migrate } from "@penny/db";
import { openDatabase } from "../open-database.ts";

/** `penny migrate`: applies pending migrations and says which, for a deploy step that runs before the servers. */
export async function migrateCommand(environment: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(environment);
  const database = await openDatabase(config);
  try {
    console.log(describeMigrationReport(await migrate(database)));
  } finally {
    await database.close();
  }
}

export function describeMigrationReport(report: MigrationReport): string {
  if (report.applied.length === 0) {
    return `Nothing to apply: all ${report.alreadyApplied.length} migrations were already applied.`;
  }
  return `Applied ${report.applied.length} migration(s): ${report.applied.join(", ")}.`;
}
