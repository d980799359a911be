import { Command } from "commander";
import packageJson from "../package.json" with { type: "json" };
import { auditVerifyCommand } from "./commands/audit-verify.ts";
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

const audit = program.command("audit").description("inspect the audit log");

audit
  .command("verify")
  .description("check the audit hash chain of every tenant (or --tenant's); exit 1 if any is broken")
  .option("--tenant <slug>", "verify only the tenant with this slug")
  .action((options: { tenant?: string }) => runCommand(() => auditVerifyCommand(options)));

await program.parseAsync();
