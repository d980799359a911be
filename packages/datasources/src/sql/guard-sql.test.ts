import { describe, expect, it } from "vitest";
import { guardSql } from "./guard-sql.ts";

describe("guardSql", () => {
  it.each([
    ["SELECT 1", "SELECT 1"],
    ["  select * from sales where amount > 10 ;  ", "select * from sales where amount > 10"],
    ["WITH big AS (SELECT * FROM sales WHERE amount > 100) SELECT count(*) FROM big", undefined],
    ["SELECT region_id FROM sales UNION SELECT id FROM regions", undefined],
    ["SELECT lower(name), count(*) FROM regions GROUP BY 1 -- a comment", undefined],
  ])("lets through the single SELECT %s", async (sql, expected) => {
    const guarded = await guardSql(sql);
    expect(guarded.sql).toBe(expected ?? sql.trim());
  });

  it.each([
    ["UPDATE sales SET amount = 0", "Only a single SELECT can run on a datasource; this is an UPDATE."],
    ["DELETE FROM sales", "this is a DELETE"],
    ["INSERT INTO sales VALUES (1)", "this is an INSERT"],
    ["DROP TABLE sales", "this is a DROP"],
    ["SELECT 1; SELECT 2", "this has 2 statements"],
    ["SELECT 1; DELETE FROM sales", "this has 2 statements"],
    ["WITH gone AS (DELETE FROM sales RETURNING *) SELECT * FROM gone", "it contains a DELETE"],
    ["SELECT * INTO copy FROM sales", "without INTO"],
    ["SELECT * FROM sales FOR UPDATE", "without FOR UPDATE or FOR SHARE"],
    ["SELECT * FROM sales FOR SHARE", "without FOR UPDATE or FOR SHARE"],
    ["SELECT pg_sleep(10)", "pg_sleep() cannot be used"],
    ["SELECT pg_catalog.pg_read_file('/etc/passwd')", "pg_read_file() cannot be used"],
    ["SELECT * FROM dblink('host=x', 'select 1') AS t(a int)", "dblink() cannot be used"],
    ["SELECT lo_import('/etc/passwd')", "lo_import() cannot be used"],
    ["SELECT set_config('role', 'postgres', true)", "set_config() cannot be used"],
    ["SELECT current_setting('data_directory')", "current_setting() cannot be used"],
    ["SELECT pg_terminate_backend(1)", "pg_terminate_backend() cannot be used"],
    ["SELECT query_to_xml('delete from sales', true, true, '')", "query_to_xml() cannot be used"],
    ["SELECT * FROM (SELECT pg_sleep(1)) AS s", "pg_sleep() cannot be used"],
    ["SET statement_timeout = 0", "this is a SET"],
    ["", "the SQL is empty"],
    ["SELEC 1", "The SQL cannot be read"],
  ])("refuses %s", async (sql, reason) => {
    await expect(guardSql(sql)).rejects.toMatchObject({
      code: "PENNY_DATASOURCE_SQL_REFUSED",
      message: expect.stringContaining(reason),
    });
  });
});
