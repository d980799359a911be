// One uploaded table in its own in-memory PGlite, in its own thread: PGlite cannot interrupt a running statement
// (statement_timeout does not fire in WASM), so the parent enforces the timeout by terminating this thread.
// Plain JavaScript because worker threads start without the TypeScript loader.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

const { table, columns, rows } = workerData;
const quote = (name) => `"${String(name).replaceAll('"', '""')}"`;
const sqlTypes = {
  integer: "integer",
  bigint: "bigint",
  numeric: "numeric",
  date: "date",
  boolean: "boolean",
  text: "text",
};

const ready = (async () => {
  const database = await PGlite.create();
  const definition = columns
    .map((column) => `${quote(column.name)} ${sqlTypes[column.type] ?? "text"}`)
    .join(", ");
  await database.exec(`CREATE TABLE ${quote(table)} (${definition})`);
  const width = columns.length;
  const batch = Math.max(1, Math.floor(30000 / Math.max(1, width)));
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    const params = [];
    const tuples = slice.map((row) => {
      const slots = columns.map((column, index) => {
        const raw = (row[index] ?? "").trim();
        params.push(raw === "" ? null : column.type === "boolean" ? raw.toLowerCase() : raw);
        return `$${params.length}`;
      });
      return `(${slots.join(", ")})`;
    });
    await database.query(`INSERT INTO ${quote(table)} VALUES ${tuples.join(", ")}`, params);
  }
  return database;
})();

// The parent starts a query's clock only once the table is loaded: a cold PGlite start is not the query's time.
ready.then(
  () => parentPort.postMessage({ id: -1, ok: true, columns: [], rows: [] }),
  (error) =>
    parentPort.postMessage({
      id: -1,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    }),
);

function cell(value) {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "object" && !(value instanceof Uint8Array)) return JSON.stringify(value);
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString("hex")}`;
  return value;
}

parentPort.on("message", async ({ id, sql }) => {
  try {
    const database = await ready;
    const result = await database.transaction(async (tx) => {
      await tx.query("SET TRANSACTION READ ONLY");
      return tx.query(sql, [], { rowMode: "array" });
    });
    parentPort.postMessage({
      id,
      ok: true,
      columns: result.fields.map((field) => field.name),
      rows: result.rows.map((row) => row.map(cell)),
    });
  } catch (error) {
    parentPort.postMessage({
      id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
