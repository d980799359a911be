import type { Database } from "@penny/db";
import { schema } from "@penny/db";
import { type Tool, ToolFailedError } from "@penny/tools";
import { count } from "drizzle-orm";
import type { DatasourceRuntime } from "../datasource-runtime.ts";
import { openDatasource, queryDatasource } from "../open-datasource.ts";
import type { Cell } from "../query-result.ts";
import { listDatasources } from "../store/datasource-store.ts";
import { allowedDatasources, type EvaluateDatasourceGrants } from "./datasource-access.ts";
import { tableCsv } from "./table-csv.ts";

/** Rows the model reads back; the artifact holds them all (up to the datasource's row limit). */
export const MODEL_ROW_CAP = 20;

/** A row as an object keyed by column name; a repeated name gets a suffix (`count_2`) instead of overwriting. */
function asRecord(columns: string[], row: Cell[]): Record<string, Cell> {
  const record: Record<string, Cell> = {};
  columns.forEach((column, index) => {
    let key = column;
    for (let suffix = 2; Object.hasOwn(record, key); suffix++) key = `${column}_${suffix}`;
    record[key] = row[index] ?? null;
  });
  return record;
}

export type QueryDatasourceArguments = {
  datasource: string;
  sql: string;
};

export interface DatasourceToolsOptions extends DatasourceRuntime {
  /** Pass `evaluateGrantsFor` of @penny/auth: per-datasource grants are decided as for tools. */
  evaluateGrants: EvaluateDatasourceGrants;
}

const expectedErrors = new Set([
  "PENNY_DATASOURCE_SQL_REFUSED",
  "PENNY_DATASOURCE_QUERY_FAILED",
  "PENNY_DATASOURCE_TIMEOUT",
  "PENNY_DATASOURCE_UNREACHABLE",
  "PENNY_DATASOURCE_CONFIG_INVALID",
  "PENNY_DATASOURCE_KIND_NOT_BUILT",
]);

/**
 * `query_datasource {datasource, sql}`: one read-only SELECT against a datasource the caller may use. The rows become
 * a table artifact; the model reads the column names and the first rows. Offered only to tenants with a datasource.
 */
export function createQueryDatasourceTool(options: DatasourceToolsOptions): Tool<QueryDatasourceArguments> {
  const runtime: DatasourceRuntime = options;
  return {
    name: "query_datasource",
    description:
      "Run one read-only SQL SELECT against a connected datasource (a PostgreSQL database or an uploaded CSV/XLSX table) and get the rows as a table.",
    inputSchema: {
      type: "object",
      properties: {
        datasource: {
          type: "string",
          minLength: 1,
          maxLength: 100,
          description: "The datasource's name or id",
        },
        sql: {
          type: "string",
          minLength: 1,
          maxLength: 20_000,
          description: "A single SELECT (WITH … SELECT allowed); anything else is refused",
        },
      },
      required: ["datasource", "sql"],
      additionalProperties: false,
    },
    permission: "tools:use",
    sideEffect: false,
    approval: "never",
    timeoutMs: 70_000,
    concurrency: 4,
    availableFor: async (tx) => {
      const [row] = await tx.select({ total: count() }).from(schema.datasources);
      return (row?.total ?? 0) > 0;
    },
    async execute(args, context) {
      const opened = await resolve(context.database, context.tenantId, context.userId, args.datasource);
      let result: Awaited<ReturnType<typeof queryDatasource>>;
      try {
        result = await queryDatasource(opened, runtime, args.sql);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (error instanceof Error && typeof code === "string" && expectedErrors.has(code)) {
          throw new ToolFailedError(error.message);
        }
        throw error;
      }
      const name = opened.view.name;
      const summary = `${result.rows.length} ${result.rows.length === 1 ? "row" : "rows"} from ${name}${
        result.truncated ? ` (truncated at ${result.rowLimit})` : ""
      }`;
      const artifacts =
        result.columns.length > 0
          ? [
              await context.createArtifact({
                kind: "table",
                mime: "text/csv",
                title: `${name}: ${args.sql.replace(/\s+/g, " ").trim().slice(0, 80)}`,
                content: tableCsv(result.columns, result.rows),
              }),
            ]
          : [];
      return {
        summary,
        data: {
          datasource: name,
          columns: result.columns,
          // Objects keyed by column, so they can go straight into render_chart's `data`.
          rows: result.rows.slice(0, MODEL_ROW_CAP).map((row) => asRecord(result.columns, row)),
          rowCount: result.rows.length,
          truncated: result.truncated,
          ...(result.rows.length > MODEL_ROW_CAP
            ? {
                note: `Only the first ${MODEL_ROW_CAP} rows are shown here; the table artifact has all ${result.rows.length}.`,
              }
            : {}),
        },
        artifacts,
      };
    },
  };

  async function resolve(database: Database, tenantId: string, userId: string | null, wanted: string) {
    return database.withTenant(tenantId, async (tx) => {
      const all = await listDatasources(tx);
      const { allowed, denied } = await allowedDatasources(tx, options.evaluateGrants, userId, all);
      const match = (view: { id: string; name: string }) =>
        view.id === wanted || view.name.toLowerCase() === wanted.trim().toLowerCase();
      const found = allowed.find(match);
      if (!found) {
        if (denied.some(match)) {
          throw new ToolFailedError(
            `You may not query the datasource "${wanted}": an administrator's grant denies it to you.`,
          );
        }
        const names = allowed.map((view) => view.name);
        throw new ToolFailedError(
          `There is no datasource called "${wanted}". ${
            names.length > 0
              ? `Datasources you may query: ${names.join(", ")}.`
              : "You may not query any datasource."
          }`,
        );
      }
      return openDatasource(tx, options, { tenantId, view: found });
    });
  }
}
