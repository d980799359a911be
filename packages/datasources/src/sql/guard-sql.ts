import { loadModule, parse } from "libpg-query";
import { SqlRefusedError } from "../errors/sql-refused-error.ts";
import { deniedFunctionReason } from "./denied-functions.ts";

/** A statement the guard let through: the one SELECT's text, without a trailing semicolon. */
export interface GuardedSql {
  sql: string;
}

/** The words a person reads for a statement node, e.g. `UpdateStmt` → "an UPDATE". */
const statementWords: Record<string, string> = {
  InsertStmt: "an INSERT",
  UpdateStmt: "an UPDATE",
  DeleteStmt: "a DELETE",
  MergeStmt: "a MERGE",
  CreateStmt: "a CREATE TABLE",
  CreateTableAsStmt: "a CREATE TABLE AS",
  DropStmt: "a DROP",
  AlterTableStmt: "an ALTER TABLE",
  TruncateStmt: "a TRUNCATE",
  CopyStmt: "a COPY",
  VariableSetStmt: "a SET",
  TransactionStmt: "a transaction command",
  ExplainStmt: "an EXPLAIN",
  DoStmt: "a DO block",
  CallStmt: "a CALL",
  GrantStmt: "a GRANT",
  GrantRoleStmt: "a GRANT",
  VacuumStmt: "a VACUUM",
  LockStmt: "a LOCK",
};

const wordsFor = (node: string) =>
  statementWords[node] ??
  `a ${node
    .replace(/Stmt$/, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toUpperCase()}`;

const onlySelect = "Only a single SELECT can run on a datasource";

let loaded: Promise<void> | undefined;

/**
 * Parses `sql` with PostgreSQL's own parser and lets through exactly one SELECT (a WITH only when every CTE is a
 * SELECT) without INTO, row locks or functions that reach the server's files, sessions or other databases. Anything
 * else is refused with the reason, before any datasource sees it.
 */
export async function guardSql(sql: string): Promise<GuardedSql> {
  if (sql.trim() === "") throw new SqlRefusedError(`${onlySelect}; the SQL is empty.`);
  loaded ??= loadModule();
  await loaded;
  let tree: { stmts?: { stmt?: Record<string, unknown>; stmt_location?: number; stmt_len?: number }[] };
  try {
    tree = (await parse(sql)) as typeof tree;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new SqlRefusedError(`The SQL cannot be read: ${message}.`);
  }
  const statements = tree.stmts ?? [];
  if (statements.length !== 1) {
    throw new SqlRefusedError(
      `${onlySelect}; this has ${statements.length === 0 ? "no statement" : `${statements.length} statements`}.`,
    );
  }
  const [entry] = statements;
  const [kind] = Object.keys(entry?.stmt ?? {});
  if (kind !== "SelectStmt") throw new SqlRefusedError(`${onlySelect}; this is ${wordsFor(kind ?? "")}.`);
  inspect(entry?.stmt);
  const start = entry?.stmt_location ?? 0;
  const text = entry?.stmt_len ? sql.slice(start, start + entry.stmt_len) : sql.slice(start);
  return { sql: text.trim().replace(/;\s*$/, "") };
}

/** Walks the whole tree: a nested write (in a CTE), INTO, FOR UPDATE/SHARE or a denied function refuses it. */
function inspect(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) inspect(item);
    return;
  }
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key.endsWith("Stmt") && key !== "SelectStmt") {
      throw new SqlRefusedError(`${onlySelect}; it contains ${wordsFor(key)}.`);
    }
    if (key === "intoClause") {
      throw new SqlRefusedError(`${onlySelect} without INTO; SELECT … INTO creates a table.`);
    }
    if (key === "lockingClause") {
      throw new SqlRefusedError(`${onlySelect} without FOR UPDATE or FOR SHARE; a datasource is read only.`);
    }
    if (key === "FuncCall") checkFunction(value);
    inspect(value);
  }
}

function checkFunction(call: unknown): void {
  const parts = ((call as { funcname?: { String?: { sval?: string } }[] }).funcname ?? []).map(
    (part) => part.String?.sval ?? "",
  );
  const name = (parts.at(-1) ?? "").toLowerCase();
  const reason = deniedFunctionReason(name);
  if (reason) throw new SqlRefusedError(`The function ${name}() cannot be used on a datasource: ${reason}.`);
}
