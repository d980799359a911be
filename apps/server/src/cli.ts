import { Command } from "commander";
import packageJson from "../package.json" with { type: "json" };
import { checkConfig } from "./commands/check-config.ts";
import { migrateCommand } from "./commands/migrate.ts";
import { runCommand } from "./commands/run-command.ts";
import { seedCommand } from "./commands/seed.ts";
import { start } from "./commands/start.ts";

// Nothing imported here may load Fastify or node:http: `start` turns tracing on first (see tracing.ts).
const program = new Command("penny")
  .description("Penny, a self-hosted multi-tenant AI workbench")
  .version(packageJson.version);

program
  .command("start", { isDefault: true })
  .description("bring the database up to date and serve Penny (the default command)")
  .action(() => runCommand(() => start()));

program
  .command("migrate")
  .description("apply pending database migrations, then exit")
  .action(() => runCommand(() => migrateCommand()));

program
  .command("seed")
  .description("create sample data: --demo creates the demo tenants Acme Robotics and Globex (idempotent)")
  .option("--demo", "create the demo tenants")
  .action((options: { demo?: boolean }) => runCommand(() => seedCommand(options)));

program
  .command("check-config")
  .description("validate the environment and print the configuration it gives, then exit")
  .action(() => runCommand(() => checkConfig()));

await program.parseAsync();
