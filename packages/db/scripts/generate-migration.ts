/**
 * `npm run db:generate -- --name <what>`: runs drizzle-kit, then completes the new migration with what drizzle-kit
 * cannot express: FORCE ROW LEVEL SECURITY (so even the table owner is subject to the policies) and the grants
 * to the application and platform roles. The RLS guard test fails if this step is skipped.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const migrationsDir = path.join(packageDir, "migrations");

const args = process.argv.slice(2);
if (!args.includes("--custom")) {
  execFileSync("npx", ["drizzle-kit", "generate", ...args], { cwd: packageDir, stdio: "inherit" });
}

const latest = readdirSync(migrationsDir)
  .filter((file) => file.endsWith(".sql"))
  .sort()
  .at(-1);
if (!latest) process.exit(0);

const file = path.join(migrationsDir, latest);
const original = readFileSync(file, "utf8");
const completed = completeMigration(original);
if (completed !== original) {
  writeFileSync(file, completed);
  console.log(`Completed ${latest} with forced row-level security and grants.`);
}

/** Adds FORCE RLS after each ENABLE RLS and grants after each CREATE TABLE, once. */
export function completeMigration(text: string): string {
  const breakpoint = "--> statement-breakpoint";
  const additions: string[] = [];
  for (const match of text.matchAll(/ALTER TABLE "([^"]+)" ENABLE ROW LEVEL SECURITY;/g)) {
    const statement = `ALTER TABLE "${match[1]}" FORCE ROW LEVEL SECURITY;`;
    if (!text.includes(statement)) additions.push(statement);
  }
  for (const match of text.matchAll(/CREATE TABLE "([^"]+)"/g)) {
    const statement = `GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "${match[1]}" TO penny_app, penny_platform;`;
    if (!text.includes(statement)) additions.push(statement);
  }
  if (additions.length === 0) return text;
  const trimmed = text.trimEnd();
  const separator = trimmed.endsWith(breakpoint) ? "\n" : `${breakpoint}\n`;
  return `${trimmed}${separator}${additions.join(`${breakpoint}\n`)}\n`;
}
