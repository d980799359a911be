import { loadConfig } from "@penny/config";
import { migrate } from "@penny/db";
import { createLogger } from "../logger.ts";
import { openDatabase } from "../open-database.ts";
import { seedDemoTenants } from "../start-hooks.ts";

/** `penny seed --demo`: creates the demo tenants on any database, e.g. a PostgreSQL server where it is off by default. */
export async function seedCommand(options: { demo?: boolean }, environment = process.env): Promise<void> {
  if (!options.demo) {
    console.log("Nothing to seed: pass --demo to create the demo tenants Acme Robotics and Globex.");
    return;
  }
  const config = loadConfig(environment);
  const database = await openDatabase(config);
  try {
    await migrate(database);
    const created = await seedDemoTenants(config, database, createLogger({ level: "warn" }));
    console.log(created ? "Created the demo tenants." : "The demo tenants already exist; nothing changed.");
  } finally {
    await database.close();
  }
}
